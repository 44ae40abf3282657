BEGIN;
--
-- Remove field priority from course
--
ALTER TABLE "blog_course" DROP COLUMN "priority" CASCADE;
COMMIT;
