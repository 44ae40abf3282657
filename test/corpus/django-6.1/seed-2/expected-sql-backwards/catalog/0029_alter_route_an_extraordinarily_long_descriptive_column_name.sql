BEGIN;
--
-- Alter field an_extraordinarily_long_descriptive_column_name on route
--
ALTER TABLE "catalog_route" ALTER COLUMN "an_extraordinarily_long_descriptive_column_name_id" SET NOT NULL;
COMMIT;
