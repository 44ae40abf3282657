--
-- Concurrently remove index even_tag_11_idx from tag
--
DROP INDEX CONCURRENTLY IF EXISTS "even_tag_11_idx";
