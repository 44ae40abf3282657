BEGIN;
--
-- Remove index shop_recipe_22_ren from recipe
--
DROP INDEX IF EXISTS "shop_recipe_22_ren";
COMMIT;
