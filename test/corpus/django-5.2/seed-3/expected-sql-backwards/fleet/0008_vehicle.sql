BEGIN;
--
-- Create model Vehicle
--
DROP TABLE "fleet_vehicle" CASCADE;
COMMIT;
