BEGIN;
--
-- Create index even_venue_3_idx on field(s) budget of model venue
--
CREATE INDEX "even_venue_3_idx" ON "events_venue" ("budget");
COMMIT;
