BEGIN;
--
-- Create model Sensor
--
DROP TABLE "billing_sensor" CASCADE;
COMMIT;
