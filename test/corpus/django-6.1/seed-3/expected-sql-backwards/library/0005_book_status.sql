BEGIN;
--
-- Add field status to book
--
ALTER TABLE "library_book" DROP COLUMN "status";
COMMIT;
