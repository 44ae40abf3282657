BEGIN;
--
-- Remove index even_route_2_idx from route
--
DROP INDEX IF EXISTS "even_route_2_idx";
COMMIT;
