BEGIN;
--
-- Remove index even_course_10_idx from course
--
DROP INDEX IF EXISTS "even_course_10_idx";
--
-- Remove index even_team_11_idx from team
--
DROP INDEX IF EXISTS "even_team_11_idx";
COMMIT;
