BEGIN;
--
-- Add field budget to venue
--
ALTER TABLE "events_venue" DROP COLUMN "budget";
COMMIT;
