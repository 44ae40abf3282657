BEGIN;
--
-- Remove constraint events_course_nv4 from model course
--
ALTER TABLE "events_course" ADD CONSTRAINT "events_course_nv4" CHECK ("priority" <=  -10);
COMMIT;
