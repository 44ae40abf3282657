BEGIN;
--
-- Create index blog_recipe_16_idx on field(s) slug, flag of model recipe
--
DROP INDEX IF EXISTS "blog_recipe_16_idx";
COMMIT;
