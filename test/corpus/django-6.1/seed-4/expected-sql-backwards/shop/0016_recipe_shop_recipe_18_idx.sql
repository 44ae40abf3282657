BEGIN;
--
-- Create index shop_recipe_18_idx on field(s) -select, rank of model recipe
--
DROP INDEX IF EXISTS "shop_recipe_18_idx";
COMMIT;
