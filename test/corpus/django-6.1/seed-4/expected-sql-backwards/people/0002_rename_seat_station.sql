BEGIN;
--
-- Rename model Seat to Station
--
ALTER TABLE "people_station" RENAME TO "people_seat";
COMMIT;
