BEGIN;
--
-- Alter field ip on book
--
ALTER TABLE "library_book" ALTER COLUMN "ip" TYPE text USING "ip"::text;
COMMIT;
