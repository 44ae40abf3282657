BEGIN;
--
-- Remove index blog_recipe_14_idx from recipe
--
DROP INDEX IF EXISTS "blog_recipe_14_idx";
--
-- Create constraint blog_recipe_uniq31 on model recipe
--
ALTER TABLE "blog_recipe_t15" ADD CONSTRAINT "blog_recipe_uniq31" UNIQUE ("closed");
COMMIT;
