BEGIN;
--
-- Create index crm_station_29_idx on field(s) zone, ref of model station
--
DROP INDEX IF EXISTS "crm_station_29_idx";
COMMIT;
