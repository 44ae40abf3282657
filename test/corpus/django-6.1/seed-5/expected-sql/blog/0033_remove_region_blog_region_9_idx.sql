BEGIN;
--
-- Remove index blog_region_9_idx from region
--
DROP INDEX IF EXISTS "blog_region_9_idx";
COMMIT;
