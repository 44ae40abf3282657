BEGIN;
--
-- Add field price to book
--
ALTER TABLE "library_book" ADD COLUMN "price_id" integer DEFAULT 1 NOT NULL UNIQUE;
ALTER TABLE "library_book" ALTER COLUMN "price_id" DROP DEFAULT;
COMMIT;
