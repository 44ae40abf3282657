BEGIN;
--
-- Alter field active on warehouse
--
ALTER TABLE "people_warehouse_t15" ALTER COLUMN "active" DROP NOT NULL;
COMMIT;
