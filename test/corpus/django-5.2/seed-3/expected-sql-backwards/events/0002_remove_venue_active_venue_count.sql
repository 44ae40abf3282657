BEGIN;
--
-- Add field count to venue
--
ALTER TABLE "events_venue" DROP COLUMN "count" CASCADE;
--
-- Remove field active from venue
--
ALTER TABLE "events_venue" ADD COLUMN "active" smallint DEFAULT 1 NULL CHECK ("active" >= 0);
ALTER TABLE "events_venue" ALTER COLUMN "active" DROP DEFAULT;
COMMIT;
