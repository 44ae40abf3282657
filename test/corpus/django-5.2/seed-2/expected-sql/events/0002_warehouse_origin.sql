BEGIN;
--
-- Add field origin to warehouse
--
ALTER TABLE "events_warehouse" ADD COLUMN "origin_id" uuid NULL UNIQUE CONSTRAINT "events_warehouse_origin_id_88a9f7f7_fk_catalog_lesson_due" REFERENCES "catalog_lesson"("due") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "events_warehouse_origin_id_88a9f7f7_fk_catalog_lesson_due" IMMEDIATE;
COMMIT;
