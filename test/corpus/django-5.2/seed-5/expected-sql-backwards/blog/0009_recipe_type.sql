BEGIN;
--
-- Add field type to recipe
--
ALTER TABLE "blog_recipe_t16" DROP COLUMN "type" CASCADE;
COMMIT;
