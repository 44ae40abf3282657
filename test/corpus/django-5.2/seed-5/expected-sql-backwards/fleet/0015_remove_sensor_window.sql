BEGIN;
--
-- Remove field window from sensor
--
ALTER TABLE "fleet_sensor" ADD COLUMN "window" bytea NULL;
COMMIT;
