BEGIN;
--
-- Add field slug to ticket
--
ALTER TABLE "events_ticket" ADD COLUMN "Col_slug" integer DEFAULT  -3 NOT NULL;
ALTER TABLE "events_ticket" ALTER COLUMN "Col_slug" DROP DEFAULT;
COMMIT;
