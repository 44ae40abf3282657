BEGIN;
--
-- Create index blog_recipe_8_idx on field(s) uid, total of model recipe
--
DROP INDEX IF EXISTS "blog_recipe_8_idx";
--
-- Rename model Region to Recipe
--
ALTER TABLE "blog_recipe" RENAME TO "blog_region";
COMMIT;
