BEGIN;
--
-- Remove index blog_recipe_8_idx from recipe
--
DROP INDEX IF EXISTS "blog_recipe_8_idx";
COMMIT;
