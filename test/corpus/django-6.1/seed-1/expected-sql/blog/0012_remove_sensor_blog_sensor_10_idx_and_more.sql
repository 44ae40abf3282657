BEGIN;
--
-- Remove index blog_sensor_10_idx from sensor
--
DROP INDEX IF EXISTS "blog_sensor_10_idx";
--
-- Remove index blog_vendor_12_idx from vendor
--
DROP INDEX IF EXISTS "blog_vendor_12_idx";
COMMIT;
