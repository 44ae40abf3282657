BEGIN;
--
-- Create constraint catalog_route_uniq7 on model route
--
CREATE UNIQUE INDEX "catalog_route_uniq7" ON "catalog_route" ("website") INCLUDE ("attachment_id");
COMMIT;
