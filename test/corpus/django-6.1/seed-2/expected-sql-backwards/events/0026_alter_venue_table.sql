BEGIN;
--
-- Rename table for venue to events_venue_t28
--
ALTER TABLE "events_venue_t28" RENAME TO "events_venue";
COMMIT;
