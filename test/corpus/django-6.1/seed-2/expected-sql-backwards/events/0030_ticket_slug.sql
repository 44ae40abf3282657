BEGIN;
--
-- Add field slug to ticket
--
ALTER TABLE "events_ticket" DROP COLUMN "Col_slug";
COMMIT;
