BEGIN;
--
-- Alter field created on book
--
ALTER TABLE "library_book" ALTER COLUMN "created" TYPE boolean USING "created"::boolean;
COMMIT;
