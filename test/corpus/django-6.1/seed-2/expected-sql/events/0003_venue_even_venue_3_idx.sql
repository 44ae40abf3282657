BEGIN;
--
-- Create index even_venue_3_idx on field(s) priority of model venue
--
CREATE INDEX "even_venue_3_idx" ON "events_venue" USING gin ("priority");
COMMIT;
