BEGIN;
--
-- Set order_with_respect_to on route to an_extraordinarily_long_descriptive_column_name
--
ALTER TABLE "catalog_route" ADD COLUMN "_order" integer DEFAULT 0 NOT NULL;
ALTER TABLE "catalog_route" ALTER COLUMN "_order" DROP DEFAULT;
COMMIT;
