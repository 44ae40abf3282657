BEGIN;
--
-- Create constraint people_route_chk2 on model route
--
ALTER TABLE "people_route" ADD CONSTRAINT "people_route_chk2" CHECK ("phone" >= ("id" + 1));
COMMIT;
