BEGIN;
--
-- Rename model Book to Recipe
--
ALTER TABLE "shop_book" RENAME TO "shop_recipe";
COMMIT;
