BEGIN;
--
-- Validate constraint events_course_nv4 on model course
--
-- (no-op)
COMMIT;
