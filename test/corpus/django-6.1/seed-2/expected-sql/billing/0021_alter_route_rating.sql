BEGIN;
--
-- Alter field rating on route
--
CREATE INDEX "billing_route_rating_2eac00cd" ON "billing_route" ("rating");
COMMIT;
