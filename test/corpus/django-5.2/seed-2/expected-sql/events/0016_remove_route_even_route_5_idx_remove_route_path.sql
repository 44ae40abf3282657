BEGIN;
--
-- Remove index even_route_5_idx from route
--
DROP INDEX IF EXISTS "even_route_5_idx";
--
-- Remove field path from route
--
ALTER TABLE "events_route" DROP COLUMN "path" CASCADE;
COMMIT;
