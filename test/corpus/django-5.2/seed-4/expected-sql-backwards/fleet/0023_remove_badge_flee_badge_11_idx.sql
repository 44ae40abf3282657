--
-- Concurrently remove index flee_badge_11_idx from badge
--
CREATE INDEX CONCURRENTLY "flee_badge_11_idx" ON "fleet_badge" ("level" DESC);
