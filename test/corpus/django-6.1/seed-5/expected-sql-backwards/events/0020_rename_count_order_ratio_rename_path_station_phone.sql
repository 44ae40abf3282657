BEGIN;
--
-- Rename field path on station to phone
--
ALTER TABLE "events_station" RENAME COLUMN "phone" TO "path";
--
-- Rename field count on order to ratio
--
ALTER TABLE "events_order" RENAME COLUMN "ratio" TO "count";
COMMIT;
