BEGIN;
--
-- Remove constraint catalog_route_chk24 from model route
--
ALTER TABLE "catalog_route" DROP CONSTRAINT "catalog_route_chk24";
--
-- Remove field attachment from route
--
ALTER TABLE "catalog_route" DROP COLUMN "attachment";
COMMIT;
