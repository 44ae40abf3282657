BEGIN;
--
-- Remove field count from author
--
ALTER TABLE "fleet_author" DROP COLUMN "count" CASCADE;
--
-- Add field active to author
--
ALTER TABLE "fleet_author" ADD COLUMN "active" jsonb DEFAULT '{}'::jsonb NULL;
ALTER TABLE "fleet_author" ALTER COLUMN "active" DROP DEFAULT;
COMMIT;
