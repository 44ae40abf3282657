BEGIN;
--
-- Rename field code on book to phone
--
ALTER TABLE "library_book" RENAME COLUMN "code" TO "phone";
COMMIT;
