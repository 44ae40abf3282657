BEGIN;
--
-- Remove field window from sensor
--
ALTER TABLE "fleet_sensor" DROP COLUMN "window" CASCADE;
COMMIT;
