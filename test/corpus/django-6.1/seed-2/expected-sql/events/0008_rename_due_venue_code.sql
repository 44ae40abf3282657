BEGIN;
--
-- Rename field due on venue to code
--
ALTER TABLE "events_venue" RENAME COLUMN "due" TO "code";
COMMIT;
