BEGIN;
--
-- Create model Course
--
DROP TABLE "blog_course_t23" CASCADE;
--
-- Alter field website on review
--
-- (no-op)
COMMIT;
