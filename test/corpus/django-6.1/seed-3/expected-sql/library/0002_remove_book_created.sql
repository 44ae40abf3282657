BEGIN;
--
-- Remove field created from book
--
ALTER TABLE "library_book" DROP COLUMN "created";
COMMIT;
