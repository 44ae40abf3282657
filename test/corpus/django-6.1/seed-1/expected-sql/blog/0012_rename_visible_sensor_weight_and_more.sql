BEGIN;
--
-- Rename field visible on sensor to weight
--
ALTER TABLE "blog_sensor" RENAME COLUMN "visible" TO "weight";
--
-- Alter unique_together for sensor (1 constraint(s))
--
-- (no-op)
COMMIT;
