BEGIN;
--
-- Add field notes to venue
--
ALTER TABLE "events_venue" DROP COLUMN "notes";
COMMIT;
