BEGIN;
--
-- Create constraint events_station_uniq5 on model station
--
CREATE UNIQUE INDEX "events_station_uniq5" ON "events_station" ((LOWER("code")));
COMMIT;
