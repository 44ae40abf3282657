BEGIN;
--
-- Rename field due on station to duration
--
ALTER TABLE "billing_station_t3" RENAME COLUMN "due" TO "duration";
COMMIT;
