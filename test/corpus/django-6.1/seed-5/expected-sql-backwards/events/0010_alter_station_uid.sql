BEGIN;
--
-- Alter field uid on station
--
SET CONSTRAINTS "events_station_uid_id_eaaef055_fk_blog_recipe_t15_id" IMMEDIATE; ALTER TABLE "events_station" DROP CONSTRAINT "events_station_uid_id_eaaef055_fk_blog_recipe_t15_id";
ALTER TABLE "events_station" ADD CONSTRAINT "events_station_uid_id_eaaef055_fk_blog_recipe_t15_id" FOREIGN KEY ("uid_id") REFERENCES "blog_recipe_t15" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
