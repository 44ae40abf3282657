BEGIN;
--
-- Remove constraint fleet_vehicle_chk4 from model vehicle
--
ALTER TABLE "fleet_vehicle" DROP CONSTRAINT "fleet_vehicle_chk4";
--
-- Remove field weight from vehicle
--
ALTER TABLE "fleet_vehicle" DROP COLUMN "weight" CASCADE;
COMMIT;
