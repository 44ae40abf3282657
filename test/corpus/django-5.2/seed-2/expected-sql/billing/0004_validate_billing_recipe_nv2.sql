BEGIN;
--
-- Validate constraint billing_recipe_nv2 on model recipe
--
ALTER TABLE "billing_recipe" VALIDATE CONSTRAINT "billing_recipe_nv2";
COMMIT;
