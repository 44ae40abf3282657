BEGIN;
--
-- Create model Warehouse
--
DROP TABLE "library_warehouse" CASCADE;
COMMIT;
