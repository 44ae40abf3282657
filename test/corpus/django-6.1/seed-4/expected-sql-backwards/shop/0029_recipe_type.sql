BEGIN;
--
-- Add field type to recipe
--
DROP TABLE "shop_recipe_type" CASCADE;
COMMIT;
