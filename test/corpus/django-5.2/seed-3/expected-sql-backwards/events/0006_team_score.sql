BEGIN;
--
-- Add field score to team
--
ALTER TABLE "events_team" DROP COLUMN "score" CASCADE;
COMMIT;
