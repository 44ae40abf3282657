BEGIN;
--
-- Add field attachment to route
--
SET CONSTRAINTS "catalog_route_attachment_id_913ed5be_fk_django_content_type_id" IMMEDIATE; ALTER TABLE "catalog_route" DROP CONSTRAINT "catalog_route_attachment_id_913ed5be_fk_django_content_type_id";
ALTER TABLE "catalog_route" DROP COLUMN "attachment_id";
COMMIT;
