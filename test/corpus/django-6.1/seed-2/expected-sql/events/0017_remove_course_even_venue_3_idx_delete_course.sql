BEGIN;
--
-- Remove index even_venue_3_idx from course
--
DROP INDEX IF EXISTS "even_venue_3_idx";
--
-- Delete model Course
--
DROP TABLE "events_course" CASCADE;
COMMIT;
