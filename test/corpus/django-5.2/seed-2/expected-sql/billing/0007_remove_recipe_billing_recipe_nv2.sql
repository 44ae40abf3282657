BEGIN;
--
-- Remove constraint billing_recipe_nv2 from model recipe
--
ALTER TABLE "billing_recipe" DROP CONSTRAINT "billing_recipe_nv2";
COMMIT;
