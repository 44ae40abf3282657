BEGIN;
--
-- Validate constraint events_course_nv4 on model course
--
ALTER TABLE "events_course" VALIDATE CONSTRAINT "events_course_nv4";
COMMIT;
