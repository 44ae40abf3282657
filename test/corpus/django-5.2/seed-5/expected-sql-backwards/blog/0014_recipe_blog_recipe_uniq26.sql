BEGIN;
--
-- Create constraint blog_recipe_uniq26 on model recipe
--
ALTER TABLE "blog_recipe_t16" DROP CONSTRAINT "blog_recipe_uniq26";
COMMIT;
