BEGIN;
--
-- Rename field an_extraordinarily_long_descriptive_column_name on shelf to rank
--
ALTER TABLE "events_shelf" RENAME COLUMN "rank" TO "an_extraordinarily_long_descriptive_column_name";
COMMIT;
