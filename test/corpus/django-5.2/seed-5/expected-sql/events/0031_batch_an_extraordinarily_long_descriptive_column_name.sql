BEGIN;
--
-- Add field an_extraordinarily_long_descriptive_column_name to batch
--
ALTER TABLE "events_batch" ADD COLUMN "an_extraordinarily_long_descriptive_column_name" text GENERATED ALWAYS AS (LOWER("Col_limit")) STORED;
COMMIT;
