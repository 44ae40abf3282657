BEGIN;
--
-- Rename field group on venue to active
--
ALTER TABLE "events_venue" RENAME COLUMN "active" TO "group";
COMMIT;
