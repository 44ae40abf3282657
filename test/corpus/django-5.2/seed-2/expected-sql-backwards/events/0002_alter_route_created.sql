BEGIN;
--
-- Alter field created on route
--
CREATE INDEX "events_route_created_8b7da7dc" ON "events_route" ("created");
COMMIT;
