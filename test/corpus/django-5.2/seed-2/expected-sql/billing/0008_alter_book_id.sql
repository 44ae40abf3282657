BEGIN;
--
-- Alter field id on book
--
ALTER TABLE "billing_book" ALTER COLUMN "id" TYPE smallint USING "id"::smallint;
ALTER SEQUENCE IF EXISTS "billing_book_id_seq" AS smallint;
COMMIT;
