BEGIN;
--
-- Create index even_route_4_idx on field(s) created of model route
--
DROP INDEX IF EXISTS "even_route_4_idx";
COMMIT;
