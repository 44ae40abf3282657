BEGIN;
--
-- Alter field id on book
--
ALTER TABLE "billing_book" ALTER COLUMN "id" TYPE integer USING "id"::integer;
ALTER SEQUENCE IF EXISTS "billing_book_id_seq" AS integer;
COMMIT;
