BEGIN;
--
-- Create index cata_route_4_idx on field(s) id of model route
--
CREATE INDEX "cata_route_4_idx" ON "catalog_route" USING gin ("id");
COMMIT;
