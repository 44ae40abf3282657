BEGIN;
--
-- Alter field qty on note
--
ALTER TABLE "blog_note" ALTER COLUMN "qty" DROP DEFAULT;
COMMIT;
