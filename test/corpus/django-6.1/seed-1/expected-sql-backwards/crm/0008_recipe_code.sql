BEGIN;
--
-- Add field code to recipe
--
ALTER TABLE "crm_recipe" DROP COLUMN "code";
COMMIT;
