BEGIN;
--
-- Rename table for recipe to blog_recipe_t16
--
ALTER TABLE "blog_recipe_t16" RENAME TO "blog_recipe_t12";
COMMIT;
