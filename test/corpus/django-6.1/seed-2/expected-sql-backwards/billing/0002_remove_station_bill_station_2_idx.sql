--
-- Concurrently remove index bill_station_2_idx from station
--
CREATE INDEX CONCURRENTLY "bill_station_2_idx" ON "billing_station_t1" ("count" DESC, "id" DESC);
