BEGIN;
--
-- Alter field payload on sensor
--
DROP INDEX IF EXISTS "fleet_sensor_payload_4ec8e14a";
COMMIT;
