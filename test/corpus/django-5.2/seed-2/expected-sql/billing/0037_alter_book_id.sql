BEGIN;
--
-- Alter field id on book
--
ALTER TABLE "billing_book" ALTER COLUMN "id" DROP IDENTITY IF EXISTS;
ALTER TABLE "billing_book" ALTER COLUMN "id" TYPE integer;
DROP SEQUENCE IF EXISTS "billing_book_id_seq" CASCADE;
COMMIT;
