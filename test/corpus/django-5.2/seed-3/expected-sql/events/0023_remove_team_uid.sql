BEGIN;
--
-- Remove field uid from team
--
ALTER TABLE "events_team_t18" DROP COLUMN "uid" CASCADE;
COMMIT;
