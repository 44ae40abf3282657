BEGIN;
--
-- Create constraint events_course_chk16 on model course
--
ALTER TABLE "events_course" ADD CONSTRAINT "events_course_chk16" CHECK ("notes" >= 1);
COMMIT;
