BEGIN;
--
-- Create model Order
--
DROP TABLE "events_order" CASCADE;
COMMIT;
