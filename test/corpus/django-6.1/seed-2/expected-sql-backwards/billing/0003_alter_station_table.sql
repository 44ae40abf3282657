BEGIN;
--
-- Rename table for station to billing_station_t3
--
ALTER TABLE "billing_station_t3" RENAME TO "billing_station";
COMMIT;
