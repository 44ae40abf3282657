BEGIN;
--
-- Add field tags to venue
--
ALTER TABLE "events_venue" DROP COLUMN "tags";
COMMIT;
