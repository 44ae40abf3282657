BEGIN;
--
-- Create index bill_route_26_idx on field(s) city, website, rating of model route
--
CREATE INDEX "bill_route_26_idx" ON "billing_route" ("city", "website", "rating");
COMMIT;
