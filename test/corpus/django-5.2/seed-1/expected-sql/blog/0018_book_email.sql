BEGIN;
--
-- Add field email to book
--
ALTER TABLE "blog_book_t23" ADD COLUMN "email_id" smallint DEFAULT 1 NOT NULL CONSTRAINT "blog_book_t23_email_id_764808fb_fk_blog_course_code" REFERENCES "blog_course"("code") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "blog_book_t23_email_id_764808fb_fk_blog_course_code" IMMEDIATE;
ALTER TABLE "blog_book_t23" ALTER COLUMN "email_id" DROP DEFAULT;
CREATE INDEX "blog_book_t23_email_id_764808fb" ON "blog_book_t23" ("email_id");
COMMIT;
