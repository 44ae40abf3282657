BEGIN;
--
-- Add field count to order
--
ALTER TABLE "events_order" DROP COLUMN "count";
COMMIT;
