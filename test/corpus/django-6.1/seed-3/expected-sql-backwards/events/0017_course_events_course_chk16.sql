BEGIN;
--
-- Create constraint events_course_chk16 on model course
--
ALTER TABLE "events_course" DROP CONSTRAINT "events_course_chk16";
COMMIT;
