--
-- Concurrently create index bill_station_9_idx on field(s) starts of model station
--
CREATE INDEX CONCURRENTLY "bill_station_9_idx" ON "billing_station" ("starts") TABLESPACE "pg_default";
