BEGIN;
--
-- Create constraint events_venue_chk30 on model venue
--
ALTER TABLE "events_venue_t28" ADD CONSTRAINT "events_venue_chk30" CHECK ("budget" >= ("qty" + 1));
COMMIT;
