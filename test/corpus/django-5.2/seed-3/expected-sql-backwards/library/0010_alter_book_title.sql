BEGIN;
--
-- Alter field title on book
--
ALTER TABLE "library_book" ALTER COLUMN "title" TYPE text USING "title"::text;
COMMIT;
