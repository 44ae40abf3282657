BEGIN;
--
-- Remove constraint events_course_nv4 from model course
--
ALTER TABLE "events_course" DROP CONSTRAINT "events_course_nv4";
COMMIT;
