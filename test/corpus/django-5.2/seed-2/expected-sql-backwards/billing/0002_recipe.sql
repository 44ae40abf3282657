BEGIN;
--
-- Create model Recipe
--
DROP TABLE "billing_recipe" CASCADE;
COMMIT;
