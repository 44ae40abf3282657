BEGIN;
--
-- Alter field code on book
--
ALTER TABLE "library_book" ALTER COLUMN "code" SET DEFAULT true;
COMMIT;
