BEGIN;
--
-- Rename unnamed index for ('budget',) on team to even_team_21_named
--
ALTER INDEX "events_team_budget_id_f574aad1" RENAME TO "even_team_21_named";
--
-- Alter field budget on team
--
DROP INDEX IF EXISTS "events_team_budget_id_f574aad1";
COMMIT;
