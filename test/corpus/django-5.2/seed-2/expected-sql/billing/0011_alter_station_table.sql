BEGIN;
--
-- Rename table for station to billing_station_t10
--
ALTER TABLE "billing_station" RENAME TO "billing_station_t10";
COMMIT;
