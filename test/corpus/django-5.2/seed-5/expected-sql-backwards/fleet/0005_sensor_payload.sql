BEGIN;
--
-- Add field payload to sensor
--
ALTER TABLE "fleet_sensor" DROP COLUMN "payload" CASCADE;
COMMIT;
