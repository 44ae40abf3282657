BEGIN;
--
-- Rename field code on book to price
--
ALTER TABLE "library_book" RENAME COLUMN "price" TO "code";
COMMIT;
