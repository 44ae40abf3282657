BEGIN;
--
-- Add field tags to venue
--
ALTER TABLE "events_venue" ADD COLUMN "tags" uuid NULL;
COMMIT;
