BEGIN;
--
-- Add field opened to shelf
--
ALTER TABLE "events_shelf" ADD COLUMN "opened" numeric(7, 0) DEFAULT 3 NOT NULL UNIQUE;
ALTER TABLE "events_shelf" ALTER COLUMN "opened" DROP DEFAULT;
COMMIT;
