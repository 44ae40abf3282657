--
-- Concurrently remove index cata_order_5_idx from order
--
CREATE INDEX CONCURRENTLY "cata_order_5_idx" ON "catalog_order" ("due", "budget");
