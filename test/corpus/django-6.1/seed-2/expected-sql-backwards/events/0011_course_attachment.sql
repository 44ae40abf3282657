BEGIN;
--
-- Add field attachment to course
--
ALTER TABLE "events_course" DROP COLUMN "attachment";
COMMIT;
