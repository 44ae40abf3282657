BEGIN;
--
-- Add field score to team
--
ALTER TABLE "events_team" ADD COLUMN "score" varchar(20) DEFAULT 'n/a' NOT NULL UNIQUE;
ALTER TABLE "events_team" ALTER COLUMN "score" DROP DEFAULT;
CREATE INDEX "events_team_score_70e0bcf3_like" ON "events_team" ("score" varchar_pattern_ops);
COMMIT;
