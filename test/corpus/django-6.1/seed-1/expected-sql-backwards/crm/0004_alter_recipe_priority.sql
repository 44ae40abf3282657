BEGIN;
--
-- Alter field priority on recipe
--
ALTER TABLE "crm_recipe" ALTER COLUMN "priority" TYPE varchar(200);
COMMIT;
