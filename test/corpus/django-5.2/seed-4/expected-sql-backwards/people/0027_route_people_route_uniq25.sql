BEGIN;
--
-- Create constraint people_route_uniq25 on model route
--
DROP INDEX IF EXISTS "people_route_uniq25";
COMMIT;
