BEGIN;
--
-- Alter field tags on venue
--
ALTER TABLE "events_venue" ALTER COLUMN "tags" DROP DEFAULT;
COMMIT;
