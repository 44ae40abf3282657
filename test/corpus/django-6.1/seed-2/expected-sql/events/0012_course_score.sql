BEGIN;
--
-- Add field score to course
--
ALTER TABLE "events_course" ADD COLUMN "score" bigint DEFAULT  -3 NOT NULL;
ALTER TABLE "events_course" ALTER COLUMN "score" DROP DEFAULT;
COMMIT;
