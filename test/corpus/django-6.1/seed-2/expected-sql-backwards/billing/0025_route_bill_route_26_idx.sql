BEGIN;
--
-- Create index bill_route_26_idx on field(s) city, website, rating of model route
--
DROP INDEX IF EXISTS "bill_route_26_idx";
COMMIT;
