BEGIN;
--
-- Add field uid to station
--
ALTER TABLE "billing_station_t1" DROP COLUMN "uid";
COMMIT;
