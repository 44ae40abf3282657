BEGIN;
--
-- Remove constraint billing_lesson_uniq16 from model lesson
--
ALTER TABLE "billing_station_t3" ADD CONSTRAINT "billing_lesson_uniq16" UNIQUE ("email", "duration");
COMMIT;
