BEGIN;
--
-- Rename table for venue to events_venue_t28
--
ALTER TABLE "events_venue" RENAME TO "events_venue_t28";
COMMIT;
