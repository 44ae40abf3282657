BEGIN;
--
-- Rename model Station to Lesson
--
-- (no-op)
COMMIT;
