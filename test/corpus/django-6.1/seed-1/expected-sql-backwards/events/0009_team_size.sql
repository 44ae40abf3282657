BEGIN;
--
-- Add field size to team
--
DROP TABLE "events_team_size" CASCADE;
COMMIT;
