BEGIN;
--
-- Remove constraint catalog_route_uniq7 from model route
--
DROP INDEX IF EXISTS "catalog_route_uniq7";
--
-- Rename field attachment on route to weight
--
SET CONSTRAINTS "catalog_route_attachment_id_913ed5be_fk_django_content_type_id" IMMEDIATE; ALTER TABLE "catalog_route" DROP CONSTRAINT "catalog_route_attachment_id_913ed5be_fk_django_content_type_id";
ALTER TABLE "catalog_route" RENAME COLUMN "attachment_id" TO "weight_id";
ALTER TABLE "catalog_route" ADD CONSTRAINT "catalog_route_weight_id_3368666a_fk_django_content_type_id" FOREIGN KEY ("weight_id") REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED;
--
-- Create constraint catalog_route_uniq7 on model route
--
CREATE UNIQUE INDEX "catalog_route_uniq7" ON "catalog_route" ("website") INCLUDE ("weight_id");
COMMIT;
