--
-- Concurrently remove index flee_badge_5_idx from badge
--
DROP INDEX CONCURRENTLY IF EXISTS "flee_badge_5_idx";
