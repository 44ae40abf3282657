BEGIN;
--
-- Create constraint blog_region_uniq25 on model region
--
ALTER TABLE "blog_region" ADD CONSTRAINT "blog_region_uniq25" UNIQUE ("email_id");
COMMIT;
