BEGIN;
--
-- Alter field status on book
--
ALTER TABLE "library_book" ALTER COLUMN "status" TYPE varchar(200);
COMMIT;
