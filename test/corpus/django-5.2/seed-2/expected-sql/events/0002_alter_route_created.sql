BEGIN;
--
-- Alter field created on route
--
DROP INDEX IF EXISTS "events_route_created_8b7da7dc";
COMMIT;
