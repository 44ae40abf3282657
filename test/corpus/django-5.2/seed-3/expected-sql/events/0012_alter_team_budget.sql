BEGIN;
--
-- Alter field budget on team
--
SET CONSTRAINTS "events_team_budget_id_f574aad1_fk_library_book_id" IMMEDIATE; ALTER TABLE "events_team" DROP CONSTRAINT "events_team_budget_id_f574aad1_fk_library_book_id";
COMMIT;
