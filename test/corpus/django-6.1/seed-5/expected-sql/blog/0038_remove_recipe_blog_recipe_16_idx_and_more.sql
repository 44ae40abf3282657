BEGIN;
--
-- Remove index blog_recipe_16_idx from recipe
--
DROP INDEX IF EXISTS "blog_recipe_16_idx";
--
-- Rename field flag on recipe to uid
--
ALTER TABLE "blog_recipe_t15" RENAME COLUMN "flag" TO "uid";
--
-- Create index blog_recipe_16_idx on field(s) slug, uid of model recipe
--
CREATE INDEX "blog_recipe_16_idx" ON "blog_recipe_t15" ("slug", "uid");
COMMIT;
