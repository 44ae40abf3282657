BEGIN;
--
-- Create model Device
--
DROP TABLE "people_device_t12" CASCADE;
--
-- Rename table for warehouse to people_warehouse_t15
--
ALTER TABLE "people_warehouse_t15" RENAME TO "people_warehouse";
COMMIT;
