BEGIN;
--
-- Rename table for route to people_route_t21
--
ALTER TABLE "people_route" RENAME TO "people_route_t21";
COMMIT;
