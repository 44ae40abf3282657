BEGIN;
--
-- Remove constraint events_team_nv22 from model team
--
ALTER TABLE "events_team_t29" DROP CONSTRAINT "events_team_nv22";
--
-- Remove field score from team
--
ALTER TABLE "events_team_t29" DROP COLUMN "score" CASCADE;
COMMIT;
