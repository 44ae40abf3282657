BEGIN;
--
-- Rename model Venue to Course
--
ALTER TABLE "events_venue" RENAME TO "events_course";
COMMIT;
