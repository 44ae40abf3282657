BEGIN;
--
-- Create constraint billing_station_uniq10 on model station
--
ALTER TABLE "billing_station_t1" ADD CONSTRAINT "billing_station_uniq10" UNIQUE ("starts");
COMMIT;
