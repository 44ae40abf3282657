BEGIN;
--
-- Create constraint blog_recipe_uniq19 on model recipe
--
DROP INDEX IF EXISTS "blog_recipe_uniq19";
COMMIT;
