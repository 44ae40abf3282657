BEGIN;
--
-- Rename model Region to Recipe
--
ALTER TABLE "blog_region" RENAME TO "blog_recipe";
--
-- Create index blog_recipe_8_idx on field(s) uid, total of model recipe
--
CREATE INDEX "blog_recipe_8_idx" ON "blog_recipe" ("uid", "total");
COMMIT;
