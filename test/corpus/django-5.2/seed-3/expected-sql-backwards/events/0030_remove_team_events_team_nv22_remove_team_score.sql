BEGIN;
--
-- Remove field score from team
--
ALTER TABLE "events_team_t29" ADD COLUMN "score" varchar(20) NOT NULL UNIQUE;
--
-- Remove constraint events_team_nv22 from model team
--
ALTER TABLE "events_team_t29" ADD CONSTRAINT "events_team_nv22" CHECK ("score"::text LIKE '%it''s%');
CREATE INDEX "events_team_t29_score_c764524b_like" ON "events_team_t29" ("score" varchar_pattern_ops);
COMMIT;
