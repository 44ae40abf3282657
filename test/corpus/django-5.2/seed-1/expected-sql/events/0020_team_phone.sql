BEGIN;
--
-- Add field phone to team
--
ALTER TABLE "events_team" ADD COLUMN "phone" integer NULL;
COMMIT;
