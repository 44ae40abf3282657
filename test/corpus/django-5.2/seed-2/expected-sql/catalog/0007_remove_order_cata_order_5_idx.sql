--
-- Concurrently remove index cata_order_5_idx from order
--
DROP INDEX CONCURRENTLY IF EXISTS "cata_order_5_idx";
