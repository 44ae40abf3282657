BEGIN;
--
-- Remove field ip from team
--
ALTER TABLE "events_team" DROP COLUMN "ip" CASCADE;
COMMIT;
