BEGIN;
--
-- Alter field code on team
--
ALTER TABLE "events_team" ALTER COLUMN "code" SET NOT NULL;
COMMIT;
