BEGIN;
--
-- Create not valid constraint events_venue_nv2 on model venue
--
ALTER TABLE "events_venue" DROP CONSTRAINT "events_venue_nv2";
COMMIT;
