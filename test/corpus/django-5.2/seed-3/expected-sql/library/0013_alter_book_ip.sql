BEGIN;
--
-- Alter field ip on book
--
ALTER TABLE "library_book" ALTER COLUMN "ip" TYPE varchar(200) USING "ip"::varchar(200);
COMMIT;
