BEGIN;
--
-- Alter field limit on station
--
ALTER TABLE "events_station" ALTER COLUMN "limit" DROP DEFAULT;
COMMIT;
