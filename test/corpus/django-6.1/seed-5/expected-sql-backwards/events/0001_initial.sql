BEGIN;
--
-- Create model Station
--
DROP TABLE "events_station" CASCADE;
COMMIT;
