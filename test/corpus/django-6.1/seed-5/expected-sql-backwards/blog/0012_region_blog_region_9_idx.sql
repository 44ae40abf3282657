BEGIN;
--
-- Create index blog_region_9_idx on field(s) active of model region
--
DROP INDEX IF EXISTS "blog_region_9_idx";
COMMIT;
