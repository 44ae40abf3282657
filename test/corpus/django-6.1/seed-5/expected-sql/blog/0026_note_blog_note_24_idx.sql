BEGIN;
--
-- Create index blog_note_24_idx on field(s) color of model note
--
CREATE INDEX "blog_note_24_idx" ON "blog_note" ("legacy_color") TABLESPACE "pg_default";
COMMIT;
