BEGIN;
--
-- Alter field created on book
--
ALTER TABLE "library_book" ALTER COLUMN "created" TYPE varchar(255) USING "created"::varchar(255);
COMMIT;
