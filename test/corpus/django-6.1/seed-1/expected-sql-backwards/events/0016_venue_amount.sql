BEGIN;
--
-- Add field amount to venue
--
ALTER TABLE "events_venue" DROP COLUMN "amount";
COMMIT;
