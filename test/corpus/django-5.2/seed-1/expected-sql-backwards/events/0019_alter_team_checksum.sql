BEGIN;
--
-- Alter field checksum on team
--
ALTER TABLE "events_team" ALTER COLUMN "checksum" DROP DEFAULT;
COMMIT;
