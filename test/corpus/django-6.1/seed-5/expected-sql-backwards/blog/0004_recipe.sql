BEGIN;
--
-- Create model Recipe
--
DROP TABLE "blog_recipe" CASCADE;
COMMIT;
