BEGIN;
--
-- Create model Warehouse
--
DROP TABLE "people_warehouse" CASCADE;
COMMIT;
