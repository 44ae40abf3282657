BEGIN;
--
-- Create index even_region_14_idx on field(s) ratio of model region
--
CREATE INDEX "even_region_14_idx" ON "events_region" ("ratio");
COMMIT;
