BEGIN;
--
-- Add field user to venue
--
ALTER TABLE "events_venue" DROP COLUMN "user";
COMMIT;
