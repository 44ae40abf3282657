BEGIN;
--
-- Create model Vehicle
--
DROP TABLE "crm_vehicle" CASCADE;
COMMIT;
