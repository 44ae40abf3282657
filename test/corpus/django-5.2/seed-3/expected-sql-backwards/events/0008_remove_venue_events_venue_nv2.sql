BEGIN;
--
-- Remove constraint events_venue_nv2 from model venue
--
ALTER TABLE "events_venue" ADD CONSTRAINT "events_venue_nv2" CHECK (NOT ("count" IN (1, 2, 3) AND "count" IS NOT NULL));
COMMIT;
