BEGIN;
--
-- Alter unique_together for station (0 constraint(s))
--
ALTER TABLE "people_station" DROP CONSTRAINT "people_seat_phone_opened_b2b12187_uniq";
--
-- Remove index peop_station_10_idx from station
--
DROP INDEX IF EXISTS "peop_station_10_idx";
--
-- Remove constraint people_station_chk7 from model station
--
ALTER TABLE "people_station" DROP CONSTRAINT "people_station_chk7";
--
-- Delete model Station
--
DROP TABLE "people_station" CASCADE;
COMMIT;
