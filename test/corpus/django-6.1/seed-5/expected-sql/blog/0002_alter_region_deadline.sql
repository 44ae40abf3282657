BEGIN;
--
-- Alter field deadline on region
--
SET CONSTRAINTS "blog_region_deadline_id_1bf8ac2b_fk_blog_region_id" IMMEDIATE; ALTER TABLE "blog_region" DROP CONSTRAINT "blog_region_deadline_id_1bf8ac2b_fk_blog_region_id";
COMMIT;
