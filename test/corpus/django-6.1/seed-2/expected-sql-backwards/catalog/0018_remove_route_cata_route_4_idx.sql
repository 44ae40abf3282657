BEGIN;
--
-- Remove index cata_route_4_idx from route
--
CREATE INDEX "cata_route_4_idx" ON "catalog_route" USING gin ("id");
COMMIT;
