BEGIN;
--
-- Create not valid constraint events_venue_nv2 on model venue
--
ALTER TABLE "events_venue" ADD CONSTRAINT "events_venue_nv2" CHECK (NOT ("count" IN (1, 2, 3) AND "count" IS NOT NULL)) NOT VALID;
COMMIT;
