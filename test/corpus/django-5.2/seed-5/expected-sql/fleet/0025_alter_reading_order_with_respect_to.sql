BEGIN;
--
-- Set order_with_respect_to on reading to checksum
--
ALTER TABLE "fleet_reading" ADD COLUMN "_order" integer DEFAULT 0 NOT NULL;
ALTER TABLE "fleet_reading" ALTER COLUMN "_order" DROP DEFAULT;
COMMIT;
