BEGIN;
--
-- Create constraint blog_recipe_uniq28 on model recipe
--
ALTER TABLE "blog_recipe_t15" DROP CONSTRAINT "blog_recipe_uniq28";
COMMIT;
