BEGIN;
--
-- Create index blog_recipe_7_idx on field(s) slug, closed of model recipe
--
CREATE INDEX "blog_recipe_7_idx" ON "blog_recipe" USING bloom ("slug", "closed");
COMMIT;
