BEGIN;
--
-- Remove field rank from route
--
ALTER TABLE "library_route" DROP COLUMN "rank";
--
-- Rename table for route to library_route_t32
--
ALTER TABLE "library_route" RENAME TO "library_route_t32";
COMMIT;
