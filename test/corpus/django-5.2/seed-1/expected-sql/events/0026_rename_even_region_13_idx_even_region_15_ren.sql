BEGIN;
--
-- Rename index even_region_13_idx on region to even_region_15_ren
--
ALTER INDEX "even_region_13_idx" RENAME TO "even_region_15_ren";
COMMIT;
