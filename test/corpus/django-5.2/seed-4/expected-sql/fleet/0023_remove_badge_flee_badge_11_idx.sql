--
-- Concurrently remove index flee_badge_11_idx from badge
--
DROP INDEX CONCURRENTLY IF EXISTS "flee_badge_11_idx";
