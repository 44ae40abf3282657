BEGIN;
--
-- Add field notes to venue
--
ALTER TABLE "events_venue" ADD COLUMN "notes" boolean DEFAULT true NOT NULL;
ALTER TABLE "events_venue" ALTER COLUMN "notes" DROP DEFAULT;
COMMIT;
