BEGIN;
--
-- Alter field zone on station
--
SET CONSTRAINTS "events_station_zone_id_79da0bff_fk_events_station_code" IMMEDIATE; ALTER TABLE "events_station" DROP CONSTRAINT "events_station_zone_id_79da0bff_fk_events_station_code";
DROP INDEX IF EXISTS "events_station_zone_id_79da0bff_like";
ALTER TABLE "events_station" ALTER COLUMN "zone_id" TYPE bigint USING "zone_id"::bigint;
ALTER TABLE "events_station" ADD CONSTRAINT "events_station_zone_id_79da0bff_fk_events_station_kind" FOREIGN KEY ("zone_id") REFERENCES "events_station" ("kind") ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
COMMIT;
