BEGIN;
--
-- Add field flag to note
--
ALTER TABLE "blog_note" DROP COLUMN "flag";
COMMIT;
