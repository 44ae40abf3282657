BEGIN;
--
-- Create constraint people_route_uniq25 on model route
--
CREATE UNIQUE INDEX "people_route_uniq25" ON "people_route_t21" ((LOWER("amount")));
COMMIT;
