BEGIN;
--
-- Create model Course
--
DROP TABLE "blog_course" CASCADE;
COMMIT;
