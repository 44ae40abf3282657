BEGIN;
--
-- Remove constraint catalog_route_uniq7 from model route
--
CREATE UNIQUE INDEX "catalog_route_uniq7" ON "catalog_route" ("website") INCLUDE ("weight_id");
COMMIT;
