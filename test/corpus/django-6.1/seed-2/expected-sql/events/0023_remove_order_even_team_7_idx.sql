BEGIN;
--
-- Remove index even_team_7_idx from order
--
DROP INDEX IF EXISTS "even_team_7_idx";
COMMIT;
