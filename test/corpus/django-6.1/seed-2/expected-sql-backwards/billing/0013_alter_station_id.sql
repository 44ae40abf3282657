BEGIN;
--
-- Alter field id on station
--
ALTER TABLE "billing_station_t1" RENAME COLUMN "col_id22" TO "id";
COMMIT;
