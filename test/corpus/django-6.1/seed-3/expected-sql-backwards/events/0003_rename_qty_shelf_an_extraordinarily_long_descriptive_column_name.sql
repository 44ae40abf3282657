BEGIN;
--
-- Rename field qty on shelf to an_extraordinarily_long_descriptive_column_name
--
ALTER TABLE "events_shelf" RENAME COLUMN "an_extraordinarily_long_descriptive_column_name" TO "qty";
COMMIT;
