BEGIN;
--
-- Create constraint blog_region_uniq25 on model region
--
ALTER TABLE "blog_region" DROP CONSTRAINT "blog_region_uniq25";
COMMIT;
