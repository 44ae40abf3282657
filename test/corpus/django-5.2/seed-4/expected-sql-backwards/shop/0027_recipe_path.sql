BEGIN;
--
-- Add field path to recipe
--
DROP TABLE "shop_recipe_path" CASCADE;
COMMIT;
