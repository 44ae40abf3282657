BEGIN;
--
-- Alter field type on warehouse
--
ALTER TABLE "people_warehouse_t15" ALTER COLUMN "type" SET DEFAULT false;
UPDATE "people_warehouse_t15" SET "type" = false WHERE "type" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "people_warehouse_t15" ALTER COLUMN "type" SET NOT NULL;
ALTER TABLE "people_warehouse_t15" ALTER COLUMN "type" DROP DEFAULT;
COMMIT;
