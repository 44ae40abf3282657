BEGIN;
--
-- Remove field an_extraordinarily_long_descriptive_column_name from sensor
--
ALTER TABLE "blog_sensor" DROP COLUMN "an_extraordinarily_long_descriptive_column_name" CASCADE;
COMMIT;
