BEGIN;
--
-- Rename field count on order to ratio
--
ALTER TABLE "events_order" RENAME COLUMN "count" TO "ratio";
--
-- Rename field path on station to phone
--
ALTER TABLE "events_station" RENAME COLUMN "path" TO "phone";
COMMIT;
