BEGIN;
--
-- Rename unnamed index for ('payload',) on sensor to flee_sensor_18_named
--
ALTER INDEX "fleet_sensor_payload_4ec8e14a" RENAME TO "flee_sensor_18_named";
--
-- Alter field payload on sensor
--
DROP INDEX IF EXISTS "fleet_sensor_payload_4ec8e14a";
COMMIT;
