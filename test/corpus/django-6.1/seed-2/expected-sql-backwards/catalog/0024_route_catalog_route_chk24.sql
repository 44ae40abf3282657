BEGIN;
--
-- Create constraint catalog_route_chk24 on model route
--
ALTER TABLE "catalog_route" DROP CONSTRAINT "catalog_route_chk24";
COMMIT;
