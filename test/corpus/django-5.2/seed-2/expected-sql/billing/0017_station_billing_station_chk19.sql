BEGIN;
--
-- Create constraint billing_station_chk19 on model station
--
ALTER TABLE "billing_station_t1" ADD CONSTRAINT "billing_station_chk19" CHECK ("starts" > 0);
COMMIT;
