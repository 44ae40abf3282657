BEGIN;
--
-- Delete model Coupon
--
CREATE TABLE "events_coupon" ("team_ptr_id" smallint NOT NULL PRIMARY KEY, "payload" date NOT NULL);
ALTER TABLE "events_coupon" ADD CONSTRAINT "events_coupon_team_ptr_id_d4190c36_fk_events_team_id" FOREIGN KEY ("team_ptr_id") REFERENCES "events_team" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
