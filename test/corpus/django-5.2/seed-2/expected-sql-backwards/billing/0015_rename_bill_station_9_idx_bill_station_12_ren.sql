BEGIN;
--
-- Rename index bill_station_9_idx on station to bill_station_12_ren
--
ALTER INDEX "bill_station_12_ren" RENAME TO "bill_station_9_idx";
COMMIT;
