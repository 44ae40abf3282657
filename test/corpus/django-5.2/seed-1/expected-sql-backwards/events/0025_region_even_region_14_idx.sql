BEGIN;
--
-- Create index even_region_14_idx on field(s) ratio of model region
--
DROP INDEX IF EXISTS "even_region_14_idx";
COMMIT;
