BEGIN;
--
-- Remove field user from venue
--
ALTER TABLE "events_venue" DROP COLUMN "user";
COMMIT;
