BEGIN;
--
-- Create index crm_station_25_idx on field(s) zone of model station
--
DROP INDEX IF EXISTS "crm_station_25_idx";
COMMIT;
