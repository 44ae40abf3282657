BEGIN;
--
-- Alter field title on warehouse
--
SET CONSTRAINTS "library_warehouse_Ref_title_59d9d18f_fk_library_warehouse_id" IMMEDIATE; ALTER TABLE "library_warehouse" DROP CONSTRAINT "library_warehouse_Ref_title_59d9d18f_fk_library_warehouse_id";
ALTER TABLE "library_warehouse" ALTER COLUMN "Ref_title" DROP NOT NULL;
ALTER TABLE "library_warehouse" ADD CONSTRAINT "library_warehouse_Ref_title_59d9d18f_fk_library_warehouse_id" FOREIGN KEY ("Ref_title") REFERENCES "library_warehouse" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
