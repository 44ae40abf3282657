BEGIN;
--
-- Rename index bill_station_3_idx on station to bill_station_14_ren
--
ALTER INDEX "bill_station_3_idx" RENAME TO "bill_station_14_ren";
COMMIT;
