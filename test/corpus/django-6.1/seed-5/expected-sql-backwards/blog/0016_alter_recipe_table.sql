BEGIN;
--
-- Rename table for recipe to blog_recipe_t15
--
ALTER TABLE "blog_recipe_t15" RENAME TO "blog_recipe";
COMMIT;
