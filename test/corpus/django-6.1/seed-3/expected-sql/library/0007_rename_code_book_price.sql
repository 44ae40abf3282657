BEGIN;
--
-- Rename field code on book to price
--
ALTER TABLE "library_book" RENAME COLUMN "code" TO "price";
COMMIT;
