BEGIN;
--
-- Create index even_team_11_idx on field(s) attachment of model team
--
DROP INDEX IF EXISTS "even_team_11_idx";
COMMIT;
