BEGIN;
--
-- Create constraint shop_book_uniq6 on model book
--
ALTER TABLE "shop_book" DROP CONSTRAINT "shop_book_uniq6";
--
-- Rename field path on book to attachment
--
ALTER TABLE "shop_book" RENAME COLUMN "attachment" TO "path";
--
-- Remove constraint shop_book_uniq6 from model book
--
ALTER TABLE "shop_book" ADD CONSTRAINT "shop_book_uniq6" UNIQUE NULLS DISTINCT ("path");
COMMIT;
