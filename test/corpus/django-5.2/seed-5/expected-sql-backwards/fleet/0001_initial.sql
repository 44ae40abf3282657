BEGIN;
--
-- Create model Sensor
--
DROP TABLE "fleet_sensor" CASCADE;
COMMIT;
