BEGIN;
--
-- Create index blog_recipe_16_idx on field(s) slug, flag of model recipe
--
CREATE INDEX "blog_recipe_16_idx" ON "blog_recipe_t15" ("slug", "flag");
COMMIT;
