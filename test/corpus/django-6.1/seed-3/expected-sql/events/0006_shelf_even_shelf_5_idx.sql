BEGIN;
--
-- Create index even_shelf_5_idx on field(s) opened, zone of model shelf
--
CREATE INDEX "even_shelf_5_idx" ON "events_shelf" ("opened", "zone_id");
COMMIT;
