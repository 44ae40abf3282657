BEGIN;
--
-- Alter field version on station
--
DROP INDEX IF EXISTS "billing_station_t1_version_a1df7f0a";
DROP INDEX IF EXISTS "billing_station_t1_version_a1df7f0a_like";
COMMIT;
