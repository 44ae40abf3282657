BEGIN;
--
-- Remove constraint events_region_nv7 from model region
--
ALTER TABLE "events_region" DROP CONSTRAINT "events_region_nv7";
--
-- Remove field an_extraordinarily_long_descriptive_column_name from region
--
ALTER TABLE "events_region" DROP COLUMN "an_extraordinarily_long_descriptive_column_name" CASCADE;
COMMIT;
