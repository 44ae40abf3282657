BEGIN;
--
-- Add field limit to book
--
ALTER TABLE "library_book" DROP COLUMN "limit";
COMMIT;
