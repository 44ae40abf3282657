BEGIN;
--
-- Create constraint people_route_uniq9 on model route
--
ALTER TABLE "people_route" ADD CONSTRAINT "people_route_uniq9" UNIQUE ("id", "select") DEFERRABLE INITIALLY IMMEDIATE;
COMMIT;
