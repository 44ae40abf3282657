BEGIN;
--
-- Alter field body on course
--
SET CONSTRAINTS "events_course_body_id_07153da1_fk_fleet_payment_id" IMMEDIATE; ALTER TABLE "events_course" DROP CONSTRAINT "events_course_body_id_07153da1_fk_fleet_payment_id";
ALTER TABLE "events_course" DROP CONSTRAINT "events_course_body_id_07153da1_uniq";
ALTER TABLE "events_course" ADD CONSTRAINT "events_course_body_id_07153da1_fk_fleet_payment_id" FOREIGN KEY ("body_id") REFERENCES "fleet_payment" ("id") DEFERRABLE INITIALLY DEFERRED;
DROP INDEX IF EXISTS "events_course_body_id_07153da1_like";
COMMIT;
