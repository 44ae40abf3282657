BEGIN;
--
-- Add field score to course
--
ALTER TABLE "events_course" DROP COLUMN "score";
COMMIT;
