BEGIN;
--
-- Create model Warehouse
--
DROP TABLE "fleet_warehouse" CASCADE;
COMMIT;
