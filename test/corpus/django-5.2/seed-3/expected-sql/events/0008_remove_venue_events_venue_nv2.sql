BEGIN;
--
-- Remove constraint events_venue_nv2 from model venue
--
ALTER TABLE "events_venue" DROP CONSTRAINT "events_venue_nv2";
COMMIT;
