BEGIN;
--
-- Rename index bill_station_7_idx on station to bill_station_9_ren
--
ALTER INDEX "bill_station_9_ren" RENAME TO "bill_station_7_idx";
COMMIT;
