BEGIN;
--
-- Create index blog_sensor_10_idx on field(s) visible of model sensor
--
DROP INDEX IF EXISTS "blog_sensor_10_idx";
COMMIT;
