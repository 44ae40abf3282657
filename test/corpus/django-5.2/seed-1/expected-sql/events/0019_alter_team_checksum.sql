BEGIN;
--
-- Alter field checksum on team
--
ALTER TABLE "events_team" ALTER COLUMN "checksum" SET DEFAULT 'it''s';
COMMIT;
