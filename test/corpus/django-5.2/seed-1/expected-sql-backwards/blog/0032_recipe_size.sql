BEGIN;
--
-- Add field size to recipe
--
ALTER TABLE "blog_recipe" DROP COLUMN "size" CASCADE;
COMMIT;
