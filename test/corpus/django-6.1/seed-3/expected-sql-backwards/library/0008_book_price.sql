BEGIN;
--
-- Add field price to book
--
ALTER TABLE "library_book" DROP COLUMN "price_id";
COMMIT;
