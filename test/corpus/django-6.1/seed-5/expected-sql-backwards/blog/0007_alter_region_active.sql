BEGIN;
--
-- Alter field active on region
--
DROP INDEX IF EXISTS "blog_region_active_14e29370";
COMMIT;
