BEGIN;
--
-- Create not valid constraint billing_station_nv5 on model station
--
ALTER TABLE "billing_station_t3" DROP CONSTRAINT "billing_station_nv5";
COMMIT;
