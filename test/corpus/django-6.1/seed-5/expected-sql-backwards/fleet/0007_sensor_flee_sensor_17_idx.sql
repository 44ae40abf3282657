BEGIN;
--
-- Create index flee_sensor_17_idx on field(s) status of model sensor
--
DROP INDEX IF EXISTS "flee_sensor_17_idx";
COMMIT;
