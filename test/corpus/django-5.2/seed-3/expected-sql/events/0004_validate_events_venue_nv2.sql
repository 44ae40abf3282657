BEGIN;
--
-- Validate constraint events_venue_nv2 on model venue
--
ALTER TABLE "events_venue" VALIDATE CONSTRAINT "events_venue_nv2";
COMMIT;
