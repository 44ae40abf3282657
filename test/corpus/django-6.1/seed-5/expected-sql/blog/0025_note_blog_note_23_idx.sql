BEGIN;
--
-- Create index blog_note_23_idx on F(color) + Value(1) on model note
--
CREATE INDEX "blog_note_23_idx" ON "blog_note" ((("legacy_color" + 1)));
COMMIT;
