BEGIN;
--
-- Remove index even_team_11_idx from team
--
CREATE INDEX "even_team_11_idx" ON "events_team" ("attachment" varchar_pattern_ops);
--
-- Remove index even_course_10_idx from course
--
CREATE INDEX "even_course_10_idx" ON "events_course" ("summary" COLLATE "C", (ABS("priority")));
COMMIT;
