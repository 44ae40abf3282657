BEGIN;
--
-- Create index even_route_5_idx on Upper(F(path)) on model route
--
CREATE INDEX "even_route_5_idx" ON "events_route" ((UPPER("path")));
COMMIT;
