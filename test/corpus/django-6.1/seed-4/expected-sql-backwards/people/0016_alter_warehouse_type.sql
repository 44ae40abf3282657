BEGIN;
--
-- Alter field type on warehouse
--
ALTER TABLE "people_warehouse_t15" ALTER COLUMN "type" SET NOT NULL;
COMMIT;
