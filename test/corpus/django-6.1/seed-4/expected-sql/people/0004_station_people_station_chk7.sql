BEGIN;
--
-- Create constraint people_station_chk7 on model station
--
ALTER TABLE "people_station" ADD CONSTRAINT "people_station_chk7" CHECK (("amount" = 1 AND "opened" = 0));
COMMIT;
