BEGIN;
--
-- Add field rank to venue
--
ALTER TABLE "events_venue" ADD COLUMN "Col_rank" jsonb DEFAULT '[]'::jsonb NOT NULL;
ALTER TABLE "events_venue" ALTER COLUMN "Col_rank" DROP DEFAULT;
COMMIT;
