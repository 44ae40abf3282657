BEGIN;
--
-- Set order_with_respect_to on reading to checksum
--
ALTER TABLE "fleet_reading" DROP COLUMN "_order" CASCADE;
COMMIT;
