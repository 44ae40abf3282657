BEGIN;
--
-- Create index bill_station_3_idx on field(s) starts of model station
--
CREATE INDEX "bill_station_3_idx" ON "billing_station_t1" ("starts");
COMMIT;
