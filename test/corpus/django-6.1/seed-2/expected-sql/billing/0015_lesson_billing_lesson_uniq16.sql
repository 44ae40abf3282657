BEGIN;
--
-- Create constraint billing_lesson_uniq16 on model lesson
--
ALTER TABLE "billing_station_t3" ADD CONSTRAINT "billing_lesson_uniq16" UNIQUE ("email", "duration");
COMMIT;
