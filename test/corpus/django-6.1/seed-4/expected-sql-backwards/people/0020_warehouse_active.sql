BEGIN;
--
-- Raw SQL operation
--
ALTER TABLE "people_warehouse_t15" DROP COLUMN "active";
COMMIT;
