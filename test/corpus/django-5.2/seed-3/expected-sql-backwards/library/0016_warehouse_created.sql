BEGIN;
--
-- Add field created to warehouse
--
SET CONSTRAINTS "library_warehouse_created_id_8bbaf125_fk_django_content_type_id" IMMEDIATE; ALTER TABLE "library_warehouse" DROP CONSTRAINT "library_warehouse_created_id_8bbaf125_fk_django_content_type_id";
ALTER TABLE "library_warehouse" DROP COLUMN "created_id" CASCADE;
COMMIT;
