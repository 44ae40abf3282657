BEGIN;
--
-- Create index blog_recipe_22_idx on field(s) weight of model recipe
--
DROP INDEX IF EXISTS "blog_recipe_22_idx";
COMMIT;
