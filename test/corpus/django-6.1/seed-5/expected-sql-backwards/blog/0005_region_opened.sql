BEGIN;
--
-- Add field opened to region
--
DROP TABLE "blog_region_opened" CASCADE;
COMMIT;
