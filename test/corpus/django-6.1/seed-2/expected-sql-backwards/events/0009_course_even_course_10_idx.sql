BEGIN;
--
-- Create index even_course_10_idx on Collate(F(summary)), Abs(F(priority)) on model course
--
DROP INDEX IF EXISTS "even_course_10_idx";
COMMIT;
