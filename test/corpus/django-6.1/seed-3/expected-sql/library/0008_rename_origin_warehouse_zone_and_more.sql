BEGIN;
--
-- Rename field origin on warehouse to zone
--
ALTER TABLE "library_warehouse" RENAME COLUMN "origin" TO "zone";
--
-- Alter unique_together for warehouse (1 constraint(s))
--
-- (no-op)
COMMIT;
