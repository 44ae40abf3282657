BEGIN;
--
-- Add field qty to lesson
--
ALTER TABLE "billing_station_t3" DROP COLUMN "qty";
COMMIT;
