BEGIN;
--
-- Remove index blog_sensor_6_idx from sensor
--
DROP INDEX IF EXISTS "blog_sensor_6_idx";
COMMIT;
