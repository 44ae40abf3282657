BEGIN;
--
-- Create model Lesson
--
DROP TABLE "people_lesson_t19" CASCADE;
COMMIT;
