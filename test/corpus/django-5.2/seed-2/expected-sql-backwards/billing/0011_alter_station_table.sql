BEGIN;
--
-- Rename table for station to billing_station_t10
--
ALTER TABLE "billing_station_t10" RENAME TO "billing_station";
COMMIT;
