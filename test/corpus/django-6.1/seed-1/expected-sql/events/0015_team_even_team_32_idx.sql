BEGIN;
--
-- Create index even_team_32_idx on field(s) code of model team
--
CREATE INDEX "even_team_32_idx" ON "events_team_t27" ("code");
COMMIT;
