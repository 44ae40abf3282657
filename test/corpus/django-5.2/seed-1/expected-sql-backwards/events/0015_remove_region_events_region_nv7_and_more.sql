BEGIN;
--
-- Remove field an_extraordinarily_long_descriptive_column_name from region
--
ALTER TABLE "events_region" ADD COLUMN "an_extraordinarily_long_descriptive_column_name" boolean DEFAULT true NOT NULL;
ALTER TABLE "events_region" ALTER COLUMN "an_extraordinarily_long_descriptive_column_name" DROP DEFAULT;
COMMENT ON COLUMN "events_region"."an_extraordinarily_long_descriptive_column_name" IS 'Заметка';
--
-- Remove constraint events_region_nv7 from model region
--
ALTER TABLE "events_region" ADD CONSTRAINT "events_region_nv7" CHECK (NOT "an_extraordinarily_long_descriptive_column_name");
COMMIT;
