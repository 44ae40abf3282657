BEGIN;
--
-- Create index even_region_13_idx on OrderBy(Lower(F(ratio)), descending=True) on model region
--
DROP INDEX IF EXISTS "even_region_13_idx";
COMMIT;
