BEGIN;
--
-- Add field origin to warehouse
--
SET CONSTRAINTS "events_warehouse_origin_id_88a9f7f7_fk_catalog_lesson_due" IMMEDIATE; ALTER TABLE "events_warehouse" DROP CONSTRAINT "events_warehouse_origin_id_88a9f7f7_fk_catalog_lesson_due";
ALTER TABLE "events_warehouse" DROP COLUMN "origin_id" CASCADE;
COMMIT;
