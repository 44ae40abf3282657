BEGIN;
--
-- Add field ip to region
--
ALTER TABLE "blog_region" DROP COLUMN "ip" CASCADE;
COMMIT;
