BEGIN;
--
-- Add field type to recipe
--
ALTER TABLE "blog_recipe_t16" ADD COLUMN "type" integer DEFAULT  -3 NOT NULL;
ALTER TABLE "blog_recipe_t16" ALTER COLUMN "type" DROP DEFAULT;
COMMIT;
