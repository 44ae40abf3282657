BEGIN;
--
-- Rename field due on venue to code
--
ALTER TABLE "events_venue" RENAME COLUMN "code" TO "due";
COMMIT;
