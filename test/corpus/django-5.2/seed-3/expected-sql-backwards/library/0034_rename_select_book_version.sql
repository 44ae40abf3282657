BEGIN;
--
-- Rename field select on book to version
--
ALTER TABLE "library_book" RENAME COLUMN "version" TO "select";
COMMIT;
