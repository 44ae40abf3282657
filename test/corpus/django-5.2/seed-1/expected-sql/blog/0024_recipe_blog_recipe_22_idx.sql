BEGIN;
--
-- Create index blog_recipe_22_idx on field(s) weight of model recipe
--
CREATE INDEX "blog_recipe_22_idx" ON "blog_recipe" ("legacy_weight");
COMMIT;
