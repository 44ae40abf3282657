BEGIN;
--
-- Raw SQL operation
--
ALTER TABLE "people_warehouse_t15" ADD COLUMN "active" varchar(100) NULL;
COMMIT;
