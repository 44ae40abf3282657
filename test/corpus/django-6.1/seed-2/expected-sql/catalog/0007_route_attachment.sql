BEGIN;
--
-- Add field attachment to route
--
ALTER TABLE "catalog_route" ADD COLUMN "attachment_id" integer DEFAULT 1 NOT NULL UNIQUE CONSTRAINT "catalog_route_attachment_id_913ed5be_fk_django_content_type_id" REFERENCES "django_content_type"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "catalog_route_attachment_id_913ed5be_fk_django_content_type_id" IMMEDIATE;
ALTER TABLE "catalog_route" ALTER COLUMN "attachment_id" DROP DEFAULT;
COMMIT;
