BEGIN;
--
-- Remove field an_extraordinarily_long_descriptive_column_name from sensor
--
ALTER TABLE "blog_sensor" ADD COLUMN "an_extraordinarily_long_descriptive_column_name" jsonb NOT NULL;
COMMIT;
