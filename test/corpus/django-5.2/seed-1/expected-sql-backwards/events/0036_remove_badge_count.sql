BEGIN;
--
-- Remove field count from badge
--
ALTER TABLE "events_badge" ADD COLUMN "count" integer NOT NULL;
COMMIT;
