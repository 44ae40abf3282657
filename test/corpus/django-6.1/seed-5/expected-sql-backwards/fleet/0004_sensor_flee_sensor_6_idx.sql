BEGIN;
--
-- Create index flee_sensor_6_idx on field(s) uid of model sensor
--
DROP INDEX IF EXISTS "flee_sensor_6_idx";
COMMIT;
