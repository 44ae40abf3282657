BEGIN;
--
-- Remove constraint billing_station_uniq1 from model station
--
ALTER TABLE "billing_station" ADD CONSTRAINT "billing_station_uniq1" UNIQUE ("due", "id");
COMMIT;
