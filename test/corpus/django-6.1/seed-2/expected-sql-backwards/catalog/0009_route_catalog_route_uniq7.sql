BEGIN;
--
-- Create constraint catalog_route_uniq7 on model route
--
DROP INDEX IF EXISTS "catalog_route_uniq7";
COMMIT;
