BEGIN;
--
-- Rename table for route to library_route_t32
--
ALTER TABLE "library_route_t32" RENAME TO "library_route";
--
-- Remove field rank from route
--
ALTER TABLE "library_route" ADD COLUMN "rank" double precision NULL;
COMMIT;
