BEGIN;
--
-- Create model Seat
--
CREATE TABLE "people_seat" ("phone" integer NOT NULL, "opened" integer NOT NULL, "group" jsonb NOT NULL, "MixedCase_version" jsonb NOT NULL, "amount" integer NOT NULL, "level" date NULL, PRIMARY KEY ("phone", "opened"));
ALTER TABLE "people_seat" ADD CONSTRAINT "people_seat_phone_opened_b2b12187_uniq" UNIQUE ("phone", "opened");
COMMIT;
