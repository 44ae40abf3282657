--
-- Concurrently create index flee_product_7_idx on field(s) active of model product
--
CREATE INDEX CONCURRENTLY "flee_product_7_idx" ON "fleet_product_t4" ("active") WHERE "id" BETWEEN  -10 AND 1000;
