BEGIN;
--
-- Create constraint shop_recipe_chk33 on model recipe
--
ALTER TABLE "shop_recipe" ADD CONSTRAINT "shop_recipe_chk33" CHECK ("ip" < 0.5);
COMMIT;
