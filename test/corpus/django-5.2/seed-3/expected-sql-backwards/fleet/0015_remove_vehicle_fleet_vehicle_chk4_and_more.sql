BEGIN;
--
-- Remove field weight from vehicle
--
ALTER TABLE "fleet_vehicle" ADD COLUMN "weight" boolean DEFAULT true NOT NULL;
ALTER TABLE "fleet_vehicle" ALTER COLUMN "weight" DROP DEFAULT;
--
-- Remove constraint fleet_vehicle_chk4 from model vehicle
--
ALTER TABLE "fleet_vehicle" ADD CONSTRAINT "fleet_vehicle_chk4" CHECK (("active" >= 100 OR NOT "weight"));
COMMIT;
