BEGIN;
--
-- Alter field email on book
--
SET CONSTRAINTS "blog_book_t23_email_id_764808fb_fk_blog_album_code" IMMEDIATE; ALTER TABLE "blog_book_t23" DROP CONSTRAINT "blog_book_t23_email_id_764808fb_fk_blog_album_code";
ALTER TABLE "blog_book_t23" ALTER COLUMN "email_id" TYPE smallint USING "email_id"::smallint;
ALTER TABLE "blog_book_t23" ADD CONSTRAINT "blog_book_t23_email_id_764808fb_fk_blog_course_code" FOREIGN KEY ("email_id") REFERENCES "blog_course" ("code") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
