BEGIN;
--
-- Remove constraint events_station_uniq5 from model station
--
DROP INDEX IF EXISTS "events_station_uniq5";
COMMIT;
