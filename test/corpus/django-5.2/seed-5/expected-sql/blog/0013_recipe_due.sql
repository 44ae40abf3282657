BEGIN;
--
-- Add field due to recipe
--
ALTER TABLE "blog_recipe_t16" ADD COLUMN "due" inet DEFAULT '127.0.0.1'::inet NOT NULL UNIQUE;
ALTER TABLE "blog_recipe_t16" ALTER COLUMN "due" DROP DEFAULT;
COMMIT;
