BEGIN;
--
-- Create model Lesson
--
CREATE TABLE "people_lesson_t19" ("uid" uuid NOT NULL PRIMARY KEY, "duration" boolean NULL, "legacy_opened" time NULL, "limit" varchar(255) COLLATE "POSIX" NULL);
CREATE INDEX "peop_lesson_20_idx" ON "people_lesson_t19" ("uid");
COMMIT;
