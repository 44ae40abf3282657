BEGIN;
--
-- Create model Station
--
CREATE TABLE "events_station" ("code" varchar(20) NOT NULL PRIMARY KEY, "limit" date NOT NULL UNIQUE, "an_extraordinarily_long_descriptive_column_name" date NOT NULL, "path" uuid NOT NULL, "zone_id" varchar(20) NULL UNIQUE, CONSTRAINT "events_station_chk1" CHECK ("limit" < ("an_extraordinarily_long_descriptive_column_name")));
ALTER TABLE "events_station" ADD CONSTRAINT "events_station_zone_id_79da0bff_fk_events_station_code" FOREIGN KEY ("zone_id") REFERENCES "events_station" ("code") ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "events_station_code_c75d882f_like" ON "events_station" ("code" varchar_pattern_ops);
CREATE INDEX "events_station_zone_id_79da0bff_like" ON "events_station" ("zone_id" varchar_pattern_ops);
COMMIT;
