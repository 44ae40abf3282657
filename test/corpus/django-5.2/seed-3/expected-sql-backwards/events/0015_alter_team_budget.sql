BEGIN;
--
-- Alter field budget on team
--
ALTER TABLE "events_team" ALTER COLUMN "budget_id" DROP NOT NULL;
COMMIT;
