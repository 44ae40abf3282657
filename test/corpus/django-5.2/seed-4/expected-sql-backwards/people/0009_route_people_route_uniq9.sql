BEGIN;
--
-- Create constraint people_route_uniq9 on model route
--
ALTER TABLE "people_route" DROP CONSTRAINT "people_route_uniq9";
COMMIT;
