BEGIN;
--
-- Alter field label on warehouse
--
SET CONSTRAINTS "events_warehouse_label_id_175cae13_fk_catalog_course_due" IMMEDIATE; ALTER TABLE "events_warehouse" DROP CONSTRAINT "events_warehouse_label_id_175cae13_fk_catalog_course_due";
ALTER TABLE "events_warehouse" ALTER COLUMN "label_id" SET NOT NULL;
ALTER TABLE "events_warehouse" ADD CONSTRAINT "events_warehouse_label_id_175cae13_fk_catalog_course_due" FOREIGN KEY ("label_id") REFERENCES "catalog_course" ("due") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
