BEGIN;
--
-- Rename table for station to billing_station_t3
--
ALTER TABLE "billing_station" RENAME TO "billing_station_t3";
COMMIT;
