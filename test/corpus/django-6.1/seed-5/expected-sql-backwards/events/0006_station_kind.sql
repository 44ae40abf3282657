BEGIN;
--
-- Add field kind to station
--
ALTER TABLE "events_station" DROP COLUMN "kind";
COMMIT;
