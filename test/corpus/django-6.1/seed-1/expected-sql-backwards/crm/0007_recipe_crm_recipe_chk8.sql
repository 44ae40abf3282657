BEGIN;
--
-- Create constraint crm_recipe_chk8 on model recipe
--
ALTER TABLE "crm_recipe" DROP CONSTRAINT "crm_recipe_chk8";
COMMIT;
