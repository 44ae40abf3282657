BEGIN;
--
-- Create index even_route_5_idx on Upper(F(path)) on model route
--
DROP INDEX IF EXISTS "even_route_5_idx";
COMMIT;
