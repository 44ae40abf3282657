BEGIN;
--
-- Create model Warehouse
--
DROP TABLE "events_warehouse" CASCADE;
COMMIT;
