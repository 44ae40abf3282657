BEGIN;
--
-- Add field payload to sensor
--
ALTER TABLE "fleet_sensor" ADD COLUMN "payload" integer DEFAULT 0 NOT NULL;
ALTER TABLE "fleet_sensor" ALTER COLUMN "payload" DROP DEFAULT;
COMMIT;
