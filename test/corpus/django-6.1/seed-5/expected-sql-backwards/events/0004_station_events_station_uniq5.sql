BEGIN;
--
-- Create constraint events_station_uniq5 on model station
--
DROP INDEX IF EXISTS "events_station_uniq5";
COMMIT;
