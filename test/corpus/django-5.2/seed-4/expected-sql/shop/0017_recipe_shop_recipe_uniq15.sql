BEGIN;
--
-- Create constraint shop_recipe_uniq15 on model recipe
--
ALTER TABLE "shop_recipe" ADD CONSTRAINT "shop_recipe_uniq15" UNIQUE ("title", "flag_id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
