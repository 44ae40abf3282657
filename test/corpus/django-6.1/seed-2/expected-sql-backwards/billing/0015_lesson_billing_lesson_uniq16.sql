BEGIN;
--
-- Create constraint billing_lesson_uniq16 on model lesson
--
ALTER TABLE "billing_station_t3" DROP CONSTRAINT "billing_lesson_uniq16";
COMMIT;
