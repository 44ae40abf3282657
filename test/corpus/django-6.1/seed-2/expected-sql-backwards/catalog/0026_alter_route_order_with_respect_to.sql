BEGIN;
--
-- Set order_with_respect_to on route to an_extraordinarily_long_descriptive_column_name
--
ALTER TABLE "catalog_route" DROP COLUMN "_order";
COMMIT;
