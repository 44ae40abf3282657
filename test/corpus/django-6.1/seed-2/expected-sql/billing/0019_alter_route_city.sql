BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "billing_route" ADD CONSTRAINT "billing_route_city_0a030950_uniq" UNIQUE ("city");
CREATE INDEX "billing_route_city_0a030950_like" ON "billing_route" ("city" varchar_pattern_ops);
COMMIT;
