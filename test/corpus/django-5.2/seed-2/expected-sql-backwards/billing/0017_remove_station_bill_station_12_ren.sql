BEGIN;
--
-- Remove index bill_station_12_ren from station
--
CREATE INDEX "bill_station_12_ren" ON "billing_station_t10" ("starts") TABLESPACE "pg_default";
COMMIT;
