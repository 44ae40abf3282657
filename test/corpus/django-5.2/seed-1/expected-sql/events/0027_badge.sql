BEGIN;
--
-- Create model Badge
--
CREATE TABLE "events_badge" ("uid" uuid NOT NULL PRIMARY KEY, "visible" integer NULL, "type" boolean NULL, "ratio" varchar(50) NOT NULL, "qty" inet NULL, "select_id" integer NULL, CONSTRAINT "events_badge_uniq16" UNIQUE ("ratio"));
ALTER TABLE "events_badge" ADD CONSTRAINT "events_badge_select_id_4d1ec5b1_fk_django_content_type_id" FOREIGN KEY ("select_id") REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "events_badge_select_id_4d1ec5b1" ON "events_badge" ("select_id");
COMMIT;
