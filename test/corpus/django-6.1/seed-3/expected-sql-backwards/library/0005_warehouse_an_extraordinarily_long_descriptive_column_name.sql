BEGIN;
--
-- Add field an_extraordinarily_long_descriptive_column_name to warehouse
--
ALTER TABLE "library_warehouse" DROP COLUMN "an_extraordinarily_long_descriptive_column_name";
COMMIT;
