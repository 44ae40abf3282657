BEGIN;
--
-- Custom state/database change combination
--
DROP INDEX IF EXISTS "billing_route_city_0a030950_like";
COMMIT;
