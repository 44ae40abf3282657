BEGIN;
--
-- Create index blog_note_23_idx on F(color) + Value(1) on model note
--
DROP INDEX IF EXISTS "blog_note_23_idx";
COMMIT;
