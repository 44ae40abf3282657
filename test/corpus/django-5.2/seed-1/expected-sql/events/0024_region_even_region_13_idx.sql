BEGIN;
--
-- Create index even_region_13_idx on OrderBy(Lower(F(ratio)), descending=True) on model region
--
CREATE INDEX "even_region_13_idx" ON "events_region" ((LOWER("ratio")) DESC);
COMMIT;
