BEGIN;
--
-- Add field closed to order
--
ALTER TABLE "events_order" DROP COLUMN "closed";
COMMIT;
