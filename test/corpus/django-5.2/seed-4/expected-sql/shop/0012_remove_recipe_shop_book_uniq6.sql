BEGIN;
--
-- Remove constraint shop_book_uniq6 from model recipe
--
ALTER TABLE "shop_recipe" DROP CONSTRAINT "shop_book_uniq6";
COMMIT;
