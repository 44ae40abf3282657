BEGIN;
--
-- Remove field active from venue
--
ALTER TABLE "events_venue" DROP COLUMN "active" CASCADE;
--
-- Add field count to venue
--
ALTER TABLE "events_venue" ADD COLUMN "count" smallint DEFAULT 1 NULL CHECK ("count" >= 0);
ALTER TABLE "events_venue" ALTER COLUMN "count" DROP DEFAULT;
COMMIT;
