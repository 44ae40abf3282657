BEGIN;
--
-- Alter field active on warehouse
--
ALTER TABLE "people_warehouse_t15" ALTER COLUMN "active" SET DEFAULT 'it''s';
UPDATE "people_warehouse_t15" SET "active" = 'it''s' WHERE "active" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "people_warehouse_t15" ALTER COLUMN "active" SET NOT NULL;
ALTER TABLE "people_warehouse_t15" ALTER COLUMN "active" DROP DEFAULT;
COMMIT;
