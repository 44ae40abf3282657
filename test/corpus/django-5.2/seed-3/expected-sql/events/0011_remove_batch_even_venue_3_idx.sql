--
-- Concurrently remove index even_venue_3_idx from batch
--
DROP INDEX CONCURRENTLY IF EXISTS "even_venue_3_idx";
