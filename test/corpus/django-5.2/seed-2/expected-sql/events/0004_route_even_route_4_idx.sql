BEGIN;
--
-- Create index even_route_4_idx on field(s) created of model route
--
CREATE INDEX "even_route_4_idx" ON "events_route" USING gin ("created");
COMMIT;
