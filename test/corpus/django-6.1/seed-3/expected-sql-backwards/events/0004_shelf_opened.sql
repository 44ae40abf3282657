BEGIN;
--
-- Add field opened to shelf
--
ALTER TABLE "events_shelf" DROP COLUMN "opened";
COMMIT;
