BEGIN;
--
-- Remove index blog_recipe_8_idx from recipe
--
CREATE INDEX "blog_recipe_8_idx" ON "blog_recipe_t16" ("uid", "total");
COMMIT;
