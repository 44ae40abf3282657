BEGIN;
--
-- Add field uid to station
--
SET CONSTRAINTS "events_station_uid_id_eaaef055_fk_blog_recipe_id" IMMEDIATE; ALTER TABLE "events_station" DROP CONSTRAINT "events_station_uid_id_eaaef055_fk_blog_recipe_id";
ALTER TABLE "events_station" DROP COLUMN "uid_id";
COMMIT;
