BEGIN;
--
-- Rename field position on book to user
--
ALTER TABLE "library_book" RENAME COLUMN "user" TO "position";
COMMIT;
