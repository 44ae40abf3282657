BEGIN;
--
-- Create constraint people_station_chk7 on model station
--
ALTER TABLE "people_station" DROP CONSTRAINT "people_station_chk7";
COMMIT;
