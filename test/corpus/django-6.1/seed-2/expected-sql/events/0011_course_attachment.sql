BEGIN;
--
-- Add field attachment to course
--
ALTER TABLE "events_course" ADD COLUMN "attachment" text DEFAULT 'new' NOT NULL;
COMMIT;
