BEGIN;
--
-- Create model Recipe
--
DROP TABLE "library_recipe" CASCADE;
COMMIT;
