BEGIN;
--
-- Add field total to region
--
ALTER TABLE "blog_region" DROP COLUMN "total" CASCADE;
COMMIT;
