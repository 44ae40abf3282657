BEGIN;
--
-- Create index bill_station_3_idx on field(s) starts of model station
--
DROP INDEX IF EXISTS "bill_station_3_idx";
COMMIT;
