BEGIN;
--
-- Remove constraint catalog_route_uniq7 from model route
--
DROP INDEX IF EXISTS "catalog_route_uniq7";
COMMIT;
