BEGIN;
--
-- Alter field status on book
--
ALTER TABLE "library_book" ALTER COLUMN "status" DROP NOT NULL;
COMMIT;
