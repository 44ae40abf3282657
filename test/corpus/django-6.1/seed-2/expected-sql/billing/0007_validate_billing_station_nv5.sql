BEGIN;
--
-- Validate constraint billing_station_nv5 on model station
--
ALTER TABLE "billing_station_t3" VALIDATE CONSTRAINT "billing_station_nv5";
COMMIT;
