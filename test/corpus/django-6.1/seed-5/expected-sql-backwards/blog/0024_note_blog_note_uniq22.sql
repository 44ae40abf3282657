BEGIN;
--
-- Create constraint blog_note_uniq22 on model note
--
ALTER TABLE "blog_note" DROP CONSTRAINT "blog_note_uniq22";
COMMIT;
