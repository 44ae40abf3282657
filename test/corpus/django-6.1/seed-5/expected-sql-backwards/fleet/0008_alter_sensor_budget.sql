BEGIN;
--
-- Alter field budget on sensor
--
ALTER TABLE "fleet_sensor" RENAME COLUMN "Renamed_budget18" TO "budget";
COMMIT;
