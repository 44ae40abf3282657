BEGIN;
--
-- Rename model Seat to Station
--
ALTER TABLE "people_seat" RENAME TO "people_station";
COMMIT;
