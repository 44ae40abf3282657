BEGIN;
--
-- Create constraint people_route_chk2 on model route
--
ALTER TABLE "people_route" DROP CONSTRAINT "people_route_chk2";
COMMIT;
