BEGIN;
--
-- Create index blog_sensor_8_idx on field(s) select, checksum of model sensor
--
DROP INDEX IF EXISTS "blog_sensor_8_idx";
COMMIT;
