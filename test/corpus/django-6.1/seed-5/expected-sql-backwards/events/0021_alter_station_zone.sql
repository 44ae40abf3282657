BEGIN;
--
-- Alter field zone on station
--
SET CONSTRAINTS "events_station_zone_id_79da0bff_fk_events_station_kind" IMMEDIATE; ALTER TABLE "events_station" DROP CONSTRAINT "events_station_zone_id_79da0bff_fk_events_station_kind";
ALTER TABLE "events_station" ALTER COLUMN "zone_id" TYPE varchar(20) USING "zone_id"::varchar(20);
ALTER TABLE "events_station" ADD CONSTRAINT "events_station_zone_id_79da0bff_fk_events_station_code" FOREIGN KEY ("zone_id") REFERENCES "events_station" ("code") ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
COMMIT;
