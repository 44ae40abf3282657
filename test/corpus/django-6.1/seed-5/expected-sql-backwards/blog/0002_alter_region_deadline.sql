BEGIN;
--
-- Alter field deadline on region
--
ALTER TABLE "blog_region" ADD CONSTRAINT "blog_region_deadline_id_1bf8ac2b_fk_blog_region_id" FOREIGN KEY ("deadline_id") REFERENCES "blog_region" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
