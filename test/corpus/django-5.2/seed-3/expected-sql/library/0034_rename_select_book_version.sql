BEGIN;
--
-- Rename field select on book to version
--
ALTER TABLE "library_book" RENAME COLUMN "select" TO "version";
COMMIT;
