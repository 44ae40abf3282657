BEGIN;
--
-- Remove constraint billing_station_uniq1 from model station
--
ALTER TABLE "billing_station" DROP CONSTRAINT "billing_station_uniq1";
COMMIT;
