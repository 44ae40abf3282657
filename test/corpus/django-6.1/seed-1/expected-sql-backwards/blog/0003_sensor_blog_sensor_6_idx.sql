BEGIN;
--
-- Create index blog_sensor_6_idx on field(s) checksum of model sensor
--
DROP INDEX IF EXISTS "blog_sensor_6_idx";
COMMIT;
