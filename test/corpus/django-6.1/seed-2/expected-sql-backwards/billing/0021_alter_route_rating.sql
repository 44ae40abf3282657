BEGIN;
--
-- Alter field rating on route
--
DROP INDEX IF EXISTS "billing_route_rating_2eac00cd";
COMMIT;
