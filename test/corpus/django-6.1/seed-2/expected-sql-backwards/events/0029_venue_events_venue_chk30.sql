BEGIN;
--
-- Create constraint events_venue_chk30 on model venue
--
ALTER TABLE "events_venue_t28" DROP CONSTRAINT "events_venue_chk30";
COMMIT;
