BEGIN;
--
-- Remove index even_team_7_idx from order
--
CREATE INDEX "even_team_7_idx" ON "events_team_t18" ("label") WHERE NOT ("label" >= 1.555);
COMMIT;
