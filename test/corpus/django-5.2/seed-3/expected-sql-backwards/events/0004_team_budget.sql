BEGIN;
--
-- Add field budget to team
--
SET CONSTRAINTS "events_team_budget_id_f574aad1_fk_library_book_id" IMMEDIATE; ALTER TABLE "events_team" DROP CONSTRAINT "events_team_budget_id_f574aad1_fk_library_book_id";
ALTER TABLE "events_team" DROP COLUMN "budget_id" CASCADE;
COMMIT;
