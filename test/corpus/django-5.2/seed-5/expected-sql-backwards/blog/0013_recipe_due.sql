BEGIN;
--
-- Add field due to recipe
--
ALTER TABLE "blog_recipe_t16" DROP COLUMN "due" CASCADE;
COMMIT;
