BEGIN;
--
-- Remove constraint shop_book_uniq6 from model recipe
--
ALTER TABLE "shop_recipe" ADD CONSTRAINT "shop_book_uniq6" UNIQUE NULLS DISTINCT ("attachment");
COMMIT;
