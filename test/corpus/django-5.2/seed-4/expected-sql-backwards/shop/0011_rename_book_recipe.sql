BEGIN;
--
-- Rename model Book to Recipe
--
ALTER TABLE "shop_recipe" RENAME TO "shop_book";
COMMIT;
