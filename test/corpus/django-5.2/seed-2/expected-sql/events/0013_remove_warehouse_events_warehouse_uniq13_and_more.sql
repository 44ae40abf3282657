BEGIN;
--
-- Remove constraint events_warehouse_uniq13 from model warehouse
--
DROP INDEX IF EXISTS "events_warehouse_uniq13";
--
-- Remove index even_warehous_17_idx from warehouse
--
DROP INDEX IF EXISTS "even_warehous_17_idx";
--
-- Rename field origin on warehouse to label
--
SET CONSTRAINTS "events_warehouse_origin_id_88a9f7f7_fk_catalog_course_due" IMMEDIATE; ALTER TABLE "events_warehouse" DROP CONSTRAINT "events_warehouse_origin_id_88a9f7f7_fk_catalog_course_due";
ALTER TABLE "events_warehouse" RENAME COLUMN "origin_id" TO "label_id";
ALTER TABLE "events_warehouse" ADD CONSTRAINT "events_warehouse_label_id_175cae13_fk_catalog_course_due" FOREIGN KEY ("label_id") REFERENCES "catalog_course" ("due") DEFERRABLE INITIALLY DEFERRED;
--
-- Create index even_warehous_17_idx on field(s) -size, label of model warehouse
--
CREATE INDEX "even_warehous_17_idx" ON "events_warehouse" ("size" DESC, "label_id");
--
-- Create constraint events_warehouse_uniq13 on model warehouse
--
CREATE UNIQUE INDEX "events_warehouse_uniq13" ON "events_warehouse" ("size", "label_id") WHERE ("created" >= '2024-02-29 23:59:59+00:00'::timestamptz OR "code" < '2023-05-17 08:30:00+00:00'::timestamptz);
COMMIT;
