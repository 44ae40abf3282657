BEGIN;
--
-- Rename field due on course to website
--
ALTER TABLE "blog_course_t23" RENAME COLUMN "website" TO "due";
COMMIT;
