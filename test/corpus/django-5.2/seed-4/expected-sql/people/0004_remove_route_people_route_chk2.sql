BEGIN;
--
-- Remove constraint people_route_chk2 from model route
--
ALTER TABLE "people_route" DROP CONSTRAINT "people_route_chk2";
COMMIT;
