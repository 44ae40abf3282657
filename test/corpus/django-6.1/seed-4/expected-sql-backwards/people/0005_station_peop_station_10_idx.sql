BEGIN;
--
-- Create index peop_station_10_idx on field(s) amount of model station
--
DROP INDEX IF EXISTS "peop_station_10_idx";
COMMIT;
