BEGIN;
--
-- Delete model Station
--
CREATE TABLE "people_station" ("phone" integer NOT NULL, "opened" integer NOT NULL, "group" jsonb NOT NULL, "MixedCase_version" jsonb NOT NULL, "amount" integer NOT NULL, "level" date NULL, PRIMARY KEY ("phone", "opened"));
--
-- Remove constraint people_station_chk7 from model station
--
ALTER TABLE "people_station" ADD CONSTRAINT "people_station_chk7" CHECK (("amount" = 1 AND "opened" = 0));
--
-- Remove index peop_station_10_idx from station
--
CREATE INDEX "peop_station_10_idx" ON "people_station" ("amount");
--
-- Alter unique_together for station (0 constraint(s))
--
ALTER TABLE "people_station" ADD CONSTRAINT "people_station_phone_opened_98434321_uniq" UNIQUE ("phone", "opened");
COMMIT;
