BEGIN;
--
-- Rename index shop_recipe_18_idx on recipe to shop_recipe_22_ren
--
ALTER INDEX "shop_recipe_18_idx" RENAME TO "shop_recipe_22_ren";
COMMIT;
