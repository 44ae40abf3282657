BEGIN;
--
-- Alter field budget on team
--
ALTER TABLE "events_team" ALTER COLUMN "budget_id" SET NOT NULL;
COMMIT;
