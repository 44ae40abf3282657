BEGIN;
--
-- Alter field an_extraordinarily_long_descriptive_column_name on station
--
ALTER TABLE "events_station" ALTER COLUMN "an_extraordinarily_long_descriptive_column_name" DROP NOT NULL;
COMMIT;
