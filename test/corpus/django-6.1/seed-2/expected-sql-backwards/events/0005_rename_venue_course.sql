BEGIN;
--
-- Rename model Venue to Course
--
ALTER TABLE "events_course" RENAME TO "events_venue";
COMMIT;
