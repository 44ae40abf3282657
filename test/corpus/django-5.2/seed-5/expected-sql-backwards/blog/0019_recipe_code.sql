BEGIN;
--
-- Add field code to recipe
--
ALTER TABLE "blog_recipe_t16" DROP COLUMN "code" CASCADE;
COMMIT;
