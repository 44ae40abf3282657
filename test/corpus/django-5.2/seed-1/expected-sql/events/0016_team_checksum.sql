BEGIN;
--
-- Add field checksum to team
--
ALTER TABLE "events_team" ADD COLUMN "checksum" varchar(100) DEFAULT 'n/a' NOT NULL;
ALTER TABLE "events_team" ALTER COLUMN "checksum" DROP DEFAULT;
COMMIT;
