BEGIN;
--
-- Create not valid constraint events_course_nv4 on model course
--
ALTER TABLE "events_course" DROP CONSTRAINT "events_course_nv4";
COMMIT;
