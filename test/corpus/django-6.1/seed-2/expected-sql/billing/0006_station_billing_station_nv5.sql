BEGIN;
--
-- Create not valid constraint billing_station_nv5 on model station
--
ALTER TABLE "billing_station_t3" ADD CONSTRAINT "billing_station_nv5" CHECK (("count" > 1.555 AND "email" = 0)) NOT VALID;
COMMIT;
