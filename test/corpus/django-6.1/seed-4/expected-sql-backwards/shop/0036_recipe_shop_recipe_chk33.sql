BEGIN;
--
-- Create constraint shop_recipe_chk33 on model recipe
--
ALTER TABLE "shop_recipe" DROP CONSTRAINT "shop_recipe_chk33";
COMMIT;
