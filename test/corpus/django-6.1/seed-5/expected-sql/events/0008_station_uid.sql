BEGIN;
--
-- Add field uid to station
--
ALTER TABLE "events_station" ADD COLUMN "uid_id" bigint DEFAULT 1 NOT NULL CONSTRAINT "events_station_uid_id_eaaef055_fk_blog_recipe_id" REFERENCES "blog_recipe"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "events_station_uid_id_eaaef055_fk_blog_recipe_id" IMMEDIATE;
ALTER TABLE "events_station" ALTER COLUMN "uid_id" DROP DEFAULT;
CREATE INDEX "events_station_uid_id_eaaef055" ON "events_station" ("uid_id");
COMMIT;
