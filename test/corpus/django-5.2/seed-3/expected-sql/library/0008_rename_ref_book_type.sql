BEGIN;
--
-- Rename field ref on book to type
--
ALTER TABLE "library_book" RENAME COLUMN "ref" TO "type";
COMMIT;
