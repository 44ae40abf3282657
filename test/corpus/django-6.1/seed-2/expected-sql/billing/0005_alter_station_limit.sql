BEGIN;
--
-- Alter field limit on station
--
ALTER TABLE "billing_station_t1" ALTER COLUMN "limit" TYPE integer USING "limit"::integer;
COMMIT;
