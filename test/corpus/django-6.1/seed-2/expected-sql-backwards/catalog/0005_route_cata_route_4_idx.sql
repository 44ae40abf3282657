BEGIN;
--
-- Create index cata_route_4_idx on field(s) id of model route
--
DROP INDEX IF EXISTS "cata_route_4_idx";
COMMIT;
