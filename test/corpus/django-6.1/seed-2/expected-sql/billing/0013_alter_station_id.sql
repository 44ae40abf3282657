BEGIN;
--
-- Alter field id on station
--
ALTER TABLE "billing_station_t1" RENAME COLUMN "id" TO "col_id22";
COMMIT;
