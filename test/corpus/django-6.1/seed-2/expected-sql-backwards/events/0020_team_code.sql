BEGIN;
--
-- Add field code to team
--
ALTER TABLE "events_team" DROP COLUMN "code";
COMMIT;
