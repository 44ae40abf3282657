BEGIN;
--
-- Rename index crm_station_25_idx on station to crm_station_28_ren
--
ALTER INDEX "crm_station_25_idx" RENAME TO "crm_station_28_ren";
COMMIT;
