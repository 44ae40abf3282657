BEGIN;
--
-- Remove field price from book
--
ALTER TABLE "library_book" DROP COLUMN "price_id";
--
-- Alter field id on book
--
ALTER TABLE "library_book" ALTER COLUMN "id" DROP IDENTITY IF EXISTS;
ALTER TABLE "library_book" ALTER COLUMN "id" TYPE integer;
DROP SEQUENCE IF EXISTS "library_book_id_seq" CASCADE;
COMMIT;
