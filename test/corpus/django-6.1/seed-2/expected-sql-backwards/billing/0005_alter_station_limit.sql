BEGIN;
--
-- Alter field limit on station
--
ALTER TABLE "billing_station_t1" ALTER COLUMN "limit" TYPE varchar(200) USING "limit"::varchar(200);
COMMIT;
