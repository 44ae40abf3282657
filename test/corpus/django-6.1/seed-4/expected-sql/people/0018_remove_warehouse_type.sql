BEGIN;
--
-- Remove field type from warehouse
--
ALTER TABLE "people_warehouse_t15" DROP COLUMN "type";
COMMIT;
