BEGIN;
--
-- Alter field an_extraordinarily_long_descriptive_column_name on station
--
ALTER TABLE "events_station" ALTER COLUMN "an_extraordinarily_long_descriptive_column_name" TYPE date;
COMMENT ON COLUMN "events_station"."an_extraordinarily_long_descriptive_column_name" IS 'Changed comment 20';
COMMIT;
