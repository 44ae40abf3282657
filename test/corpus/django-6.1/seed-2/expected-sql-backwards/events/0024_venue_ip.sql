BEGIN;
--
-- Add field ip to venue
--
ALTER TABLE "events_venue" DROP COLUMN "ip";
COMMIT;
