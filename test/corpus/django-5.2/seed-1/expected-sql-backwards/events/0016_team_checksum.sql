BEGIN;
--
-- Add field checksum to team
--
ALTER TABLE "events_team" DROP COLUMN "checksum" CASCADE;
COMMIT;
