BEGIN;
--
-- Create index blog_note_34_idx on field(s) -website of model note
--
DROP INDEX IF EXISTS "blog_note_34_idx";
COMMIT;
