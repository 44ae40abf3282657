BEGIN;
--
-- Add field an_extraordinarily_long_descriptive_column_name to warehouse
--
ALTER TABLE "library_warehouse" ADD COLUMN "an_extraordinarily_long_descriptive_column_name" integer DEFAULT 5 NOT NULL;
ALTER TABLE "library_warehouse" ALTER COLUMN "an_extraordinarily_long_descriptive_column_name" DROP DEFAULT;
COMMENT ON COLUMN "library_warehouse"."an_extraordinarily_long_descriptive_column_name" IS 'Primary contact';
COMMIT;
