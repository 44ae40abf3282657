BEGIN;
--
-- Rename model Lesson to Order
--
ALTER TABLE "catalog_order" RENAME TO "catalog_lesson";
SET CONSTRAINTS "events_warehouse_origin_id_88a9f7f7_fk_catalog_order_due" IMMEDIATE; ALTER TABLE "events_warehouse" DROP CONSTRAINT "events_warehouse_origin_id_88a9f7f7_fk_catalog_order_due";
ALTER TABLE "events_warehouse" ADD CONSTRAINT "events_warehouse_origin_id_88a9f7f7_fk_catalog_lesson_due" FOREIGN KEY ("origin_id") REFERENCES "catalog_lesson" ("due") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
