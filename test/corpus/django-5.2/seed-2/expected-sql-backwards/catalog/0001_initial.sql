BEGIN;
--
-- Create model Lesson
--
DROP TABLE "catalog_lesson" CASCADE;
COMMIT;
