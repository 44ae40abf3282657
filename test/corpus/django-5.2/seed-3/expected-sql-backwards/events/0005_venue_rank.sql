BEGIN;
--
-- Add field rank to venue
--
ALTER TABLE "events_venue" DROP COLUMN "Col_rank" CASCADE;
COMMIT;
