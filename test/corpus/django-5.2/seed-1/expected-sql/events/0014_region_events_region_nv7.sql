BEGIN;
--
-- Create not valid constraint events_region_nv7 on model region
--
ALTER TABLE "events_region" ADD CONSTRAINT "events_region_nv7" CHECK (NOT "an_extraordinarily_long_descriptive_column_name") NOT VALID;
COMMIT;
