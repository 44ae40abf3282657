BEGIN;
--
-- Alter field body on region
--
SET CONSTRAINTS "blog_region_body_id_d2532dbc_fk_blog_book_id" IMMEDIATE; ALTER TABLE "blog_region" DROP CONSTRAINT "blog_region_body_id_d2532dbc_fk_blog_book_id";
ALTER TABLE "blog_region" ADD CONSTRAINT "blog_region_body_id_d2532dbc_fk_blog_region_id" FOREIGN KEY ("body_id") REFERENCES "blog_region" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
