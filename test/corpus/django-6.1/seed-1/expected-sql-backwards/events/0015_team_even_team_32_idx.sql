BEGIN;
--
-- Create index even_team_32_idx on field(s) code of model team
--
DROP INDEX IF EXISTS "even_team_32_idx";
COMMIT;
