BEGIN;
--
-- Remove field total from reading
--
ALTER TABLE "fleet_reading" DROP COLUMN "Col_total" CASCADE;
COMMIT;
