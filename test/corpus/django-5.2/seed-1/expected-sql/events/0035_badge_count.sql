BEGIN;
--
-- Add field count to badge
--
ALTER TABLE "events_badge" ADD COLUMN "count" integer DEFAULT  -3 NOT NULL;
ALTER TABLE "events_badge" ALTER COLUMN "count" DROP DEFAULT;
COMMIT;
