BEGIN;
--
-- Remove field qty from course
--
ALTER TABLE "blog_course" ADD COLUMN "qty_id" smallint NOT NULL CONSTRAINT "blog_course_qty_id_522ec11c_fk_blog_course_code" REFERENCES "blog_course"("code") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "blog_course_qty_id_522ec11c_fk_blog_course_code" IMMEDIATE;
CREATE INDEX "blog_course_qty_id_522ec11c" ON "blog_course" ("qty_id");
COMMIT;
