BEGIN;
--
-- Create index blog_recipe_7_idx on field(s) slug, closed of model recipe
--
DROP INDEX IF EXISTS "blog_recipe_7_idx";
COMMIT;
