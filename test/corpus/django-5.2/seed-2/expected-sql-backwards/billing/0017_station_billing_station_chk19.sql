BEGIN;
--
-- Create constraint billing_station_chk19 on model station
--
ALTER TABLE "billing_station_t1" DROP CONSTRAINT "billing_station_chk19";
COMMIT;
