--
-- Concurrently remove index even_venue_3_idx from batch
--
CREATE INDEX CONCURRENTLY "even_venue_3_idx" ON "events_batch" ("budget");
