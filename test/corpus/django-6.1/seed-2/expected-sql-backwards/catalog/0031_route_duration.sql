BEGIN;
--
-- Add field duration to route
--
DROP TABLE "catalog_route_duration" CASCADE;
COMMIT;
