BEGIN;
--
-- Rename table for recipe to blog_recipe_t15
--
ALTER TABLE "blog_recipe" RENAME TO "blog_recipe_t15";
COMMIT;
