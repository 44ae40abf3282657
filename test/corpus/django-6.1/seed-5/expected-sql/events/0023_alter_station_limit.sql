BEGIN;
--
-- Alter field limit on station
--
ALTER TABLE "events_station" ALTER COLUMN "limit" SET DEFAULT '2023-05-17'::date;
COMMIT;
