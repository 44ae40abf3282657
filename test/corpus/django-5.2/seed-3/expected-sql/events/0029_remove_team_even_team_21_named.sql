BEGIN;
--
-- Remove index even_team_21_named from team
--
DROP INDEX IF EXISTS "even_team_21_named";
COMMIT;
