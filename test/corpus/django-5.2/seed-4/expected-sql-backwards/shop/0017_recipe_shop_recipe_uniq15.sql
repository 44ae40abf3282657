BEGIN;
--
-- Create constraint shop_recipe_uniq15 on model recipe
--
ALTER TABLE "shop_recipe" DROP CONSTRAINT "shop_recipe_uniq15";
COMMIT;
