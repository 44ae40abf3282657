BEGIN;
--
-- Alter field budget on team
--
CREATE INDEX "events_team_t18_budget_id_1db6c949" ON "events_team_t18" ("budget_id");
--
-- Rename unnamed index for ('budget',) on team to even_team_21_named
--
-- (no-op)
COMMIT;
