BEGIN;
--
-- Alter field type on warehouse
--
ALTER TABLE "people_warehouse_t15" ALTER COLUMN "type" DROP NOT NULL;
COMMIT;
