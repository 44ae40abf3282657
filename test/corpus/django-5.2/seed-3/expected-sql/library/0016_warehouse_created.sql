BEGIN;
--
-- Add field created to warehouse
--
ALTER TABLE "library_warehouse" ADD COLUMN "created_id" integer DEFAULT 1 NOT NULL CONSTRAINT "library_warehouse_created_id_8bbaf125_fk_django_content_type_id" REFERENCES "django_content_type"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "library_warehouse_created_id_8bbaf125_fk_django_content_type_id" IMMEDIATE;
ALTER TABLE "library_warehouse" ALTER COLUMN "created_id" DROP DEFAULT;
CREATE INDEX "library_warehouse_created_id_8bbaf125" ON "library_warehouse" ("created_id");
COMMIT;
