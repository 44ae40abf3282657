BEGIN;
--
-- Create proxy model LessonProxy
--
-- (no-op)
COMMIT;
