BEGIN;
--
-- Add field version to book
--
ALTER TABLE "library_book" DROP COLUMN "version";
COMMIT;
