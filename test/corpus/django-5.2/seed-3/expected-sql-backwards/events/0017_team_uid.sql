BEGIN;
--
-- Raw SQL operation
--
ALTER TABLE "events_team_t18" DROP COLUMN "uid" CASCADE;
COMMIT;
