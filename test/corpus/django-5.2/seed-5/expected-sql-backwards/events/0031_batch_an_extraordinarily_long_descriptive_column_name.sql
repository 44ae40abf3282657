BEGIN;
--
-- Add field an_extraordinarily_long_descriptive_column_name to batch
--
ALTER TABLE "events_batch" DROP COLUMN "an_extraordinarily_long_descriptive_column_name" CASCADE;
COMMIT;
