BEGIN;
--
-- Create index blog_note_24_idx on field(s) color of model note
--
DROP INDEX IF EXISTS "blog_note_24_idx";
COMMIT;
