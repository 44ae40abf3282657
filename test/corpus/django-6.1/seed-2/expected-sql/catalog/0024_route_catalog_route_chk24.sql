BEGIN;
--
-- Create constraint catalog_route_chk24 on model route
--
ALTER TABLE "catalog_route" ADD CONSTRAINT "catalog_route_chk24" CHECK ("attachment" < ("score" + 1));
COMMIT;
