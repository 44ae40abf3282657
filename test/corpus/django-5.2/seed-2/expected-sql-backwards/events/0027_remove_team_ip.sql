BEGIN;
--
-- Remove field ip from team
--
ALTER TABLE "events_team" ADD COLUMN "ip" double precision NOT NULL;
COMMIT;
