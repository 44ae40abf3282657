BEGIN;
--
-- Add field email to book
--
SET CONSTRAINTS "blog_book_t23_email_id_764808fb_fk_blog_course_code" IMMEDIATE; ALTER TABLE "blog_book_t23" DROP CONSTRAINT "blog_book_t23_email_id_764808fb_fk_blog_course_code";
ALTER TABLE "blog_book_t23" DROP COLUMN "email_id" CASCADE;
COMMIT;
