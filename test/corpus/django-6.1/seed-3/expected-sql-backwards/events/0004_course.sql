BEGIN;
--
-- Create model Course
--
DROP TABLE "events_course" CASCADE;
COMMIT;
