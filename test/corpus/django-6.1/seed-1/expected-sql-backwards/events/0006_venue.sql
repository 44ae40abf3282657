BEGIN;
--
-- Create model Venue
--
DROP TABLE "events_venue" CASCADE;
COMMIT;
