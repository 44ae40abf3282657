BEGIN;
--
-- Remove index even_team_21_named from team
--
CREATE INDEX "even_team_21_named" ON "events_team_t29" ("budget_id");
COMMIT;
