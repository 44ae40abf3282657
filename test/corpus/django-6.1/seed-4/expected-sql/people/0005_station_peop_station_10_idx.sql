BEGIN;
--
-- Create index peop_station_10_idx on field(s) amount of model station
--
CREATE INDEX "peop_station_10_idx" ON "people_station" ("amount");
COMMIT;
