BEGIN;
--
-- Create not valid constraint events_course_nv4 on model course
--
ALTER TABLE "events_course" ADD CONSTRAINT "events_course_nv4" CHECK ("priority" <=  -10) NOT VALID;
COMMIT;
