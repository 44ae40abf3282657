BEGIN;
--
-- Add field active to author
--
ALTER TABLE "fleet_author" DROP COLUMN "active" CASCADE;
--
-- Remove field count from author
--
ALTER TABLE "fleet_author" ADD COLUMN "count" jsonb DEFAULT '{}'::jsonb NULL;
ALTER TABLE "fleet_author" ALTER COLUMN "count" DROP DEFAULT;
COMMIT;
