BEGIN;
--
-- Create index bill_station_13_idx on field(s) -count of model station
--
DROP INDEX IF EXISTS "bill_station_13_idx";
COMMIT;
