BEGIN;
--
-- Create model Region
--
DROP TABLE "blog_region" CASCADE;
COMMIT;
