BEGIN;
--
-- Add field phone to team
--
ALTER TABLE "events_team" DROP COLUMN "phone" CASCADE;
COMMIT;
