BEGIN;
--
-- Create not valid constraint billing_recipe_nv2 on model recipe
--
ALTER TABLE "billing_recipe" DROP CONSTRAINT "billing_recipe_nv2";
COMMIT;
