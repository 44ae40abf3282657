BEGIN;
--
-- Create index even_course_10_idx on Collate(F(summary)), Abs(F(priority)) on model course
--
CREATE INDEX "even_course_10_idx" ON "events_course" ("summary" COLLATE "C", (ABS("priority")));
COMMIT;
