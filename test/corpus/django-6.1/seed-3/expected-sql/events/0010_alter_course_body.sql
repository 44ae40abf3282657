BEGIN;
--
-- Alter field body on course
--
SET CONSTRAINTS "events_course_body_id_07153da1_fk_fleet_payment_id" IMMEDIATE; ALTER TABLE "events_course" DROP CONSTRAINT "events_course_body_id_07153da1_fk_fleet_payment_id";
COMMIT;
