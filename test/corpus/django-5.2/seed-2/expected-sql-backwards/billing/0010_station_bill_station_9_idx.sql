--
-- Concurrently create index bill_station_9_idx on field(s) starts of model station
--
DROP INDEX CONCURRENTLY IF EXISTS "bill_station_9_idx";
