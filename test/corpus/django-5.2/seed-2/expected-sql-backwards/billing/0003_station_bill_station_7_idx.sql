BEGIN;
--
-- Custom state/database change combination
--
DROP INDEX IF EXISTS "bill_station_7_idx";
COMMIT;
