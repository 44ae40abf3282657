--
-- Concurrently remove index flee_badge_5_idx from badge
--
CREATE INDEX CONCURRENTLY "flee_badge_5_idx" ON "fleet_badge" USING hash ("position");
