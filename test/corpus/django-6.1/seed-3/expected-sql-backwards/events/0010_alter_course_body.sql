BEGIN;
--
-- Alter field body on course
--
ALTER TABLE "events_course" ADD CONSTRAINT "events_course_body_id_07153da1_fk_fleet_payment_id" FOREIGN KEY ("body_id") REFERENCES "fleet_payment" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
