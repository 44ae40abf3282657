BEGIN;
--
-- Create model Sensor
--
DROP TABLE "blog_sensor" CASCADE;
COMMIT;
