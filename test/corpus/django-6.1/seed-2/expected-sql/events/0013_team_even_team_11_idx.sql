BEGIN;
--
-- Create index even_team_11_idx on field(s) attachment of model team
--
CREATE INDEX "even_team_11_idx" ON "events_team" ("attachment" varchar_pattern_ops);
COMMIT;
