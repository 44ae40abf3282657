BEGIN;
--
-- Remove field ref from book
--
ALTER TABLE "library_book" DROP COLUMN "ref" CASCADE;
COMMIT;
