BEGIN;
--
-- Create index bill_station_13_idx on field(s) -count of model station
--
CREATE INDEX "bill_station_13_idx" ON "billing_station_t1" ("count" DESC);
COMMIT;
