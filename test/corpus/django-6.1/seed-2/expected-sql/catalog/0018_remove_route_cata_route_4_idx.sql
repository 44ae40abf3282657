BEGIN;
--
-- Remove index cata_route_4_idx from route
--
DROP INDEX IF EXISTS "cata_route_4_idx";
COMMIT;
