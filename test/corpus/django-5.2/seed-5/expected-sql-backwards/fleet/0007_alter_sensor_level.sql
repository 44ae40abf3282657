BEGIN;
--
-- Alter field level on sensor
--
ALTER TABLE "fleet_sensor" RENAME COLUMN "Renamed_level10" TO "level";
COMMIT;
