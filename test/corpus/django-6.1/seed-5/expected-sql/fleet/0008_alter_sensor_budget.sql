BEGIN;
--
-- Alter field budget on sensor
--
ALTER TABLE "fleet_sensor" RENAME COLUMN "budget" TO "Renamed_budget18";
COMMIT;
