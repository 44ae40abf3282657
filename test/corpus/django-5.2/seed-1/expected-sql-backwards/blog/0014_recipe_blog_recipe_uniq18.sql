BEGIN;
--
-- Create constraint blog_recipe_uniq18 on model recipe
--
ALTER TABLE "blog_recipe" DROP CONSTRAINT "blog_recipe_uniq18";
COMMIT;
