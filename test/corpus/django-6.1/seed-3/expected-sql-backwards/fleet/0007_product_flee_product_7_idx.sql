--
-- Concurrently create index flee_product_7_idx on field(s) active of model product
--
DROP INDEX CONCURRENTLY IF EXISTS "flee_product_7_idx";
