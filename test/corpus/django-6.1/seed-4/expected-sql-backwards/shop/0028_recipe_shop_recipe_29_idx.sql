BEGIN;
--
-- Create index shop_recipe_29_idx on field(s) rank of model recipe
--
DROP INDEX IF EXISTS "shop_recipe_29_idx";
COMMIT;
