BEGIN;
--
-- Create index blog_note_34_idx on field(s) -website of model note
--
CREATE INDEX "blog_note_34_idx" ON "blog_note" ("legacy_website" DESC);
COMMIT;
