BEGIN;
--
-- Add field ratio to recipe
--
ALTER TABLE "crm_recipe" DROP COLUMN "ratio";
COMMIT;
