BEGIN;
--
-- Alter field level on sensor
--
ALTER TABLE "fleet_sensor" RENAME COLUMN "level" TO "Renamed_level10";
COMMIT;
