BEGIN;
--
-- Create model Recipe
--
DROP TABLE "crm_recipe" CASCADE;
COMMIT;
