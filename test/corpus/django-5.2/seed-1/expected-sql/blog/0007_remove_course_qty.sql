BEGIN;
--
-- Remove field qty from course
--
SET CONSTRAINTS "blog_course_qty_id_522ec11c_fk_blog_course_code" IMMEDIATE; ALTER TABLE "blog_course" DROP CONSTRAINT "blog_course_qty_id_522ec11c_fk_blog_course_code";
ALTER TABLE "blog_course" DROP COLUMN "qty_id" CASCADE;
COMMIT;
