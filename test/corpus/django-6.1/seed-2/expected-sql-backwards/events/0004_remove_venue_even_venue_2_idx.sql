BEGIN;
--
-- Remove index even_venue_2_idx from venue
--
CREATE INDEX "even_venue_2_idx" ON "events_venue" ("type") WHERE ("due" >= 1.55 OR "qty" >= 100);
COMMIT;
