BEGIN;
--
-- Remove index bill_station_12_ren from station
--
DROP INDEX IF EXISTS "bill_station_12_ren";
COMMIT;
