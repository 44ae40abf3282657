BEGIN;
--
-- Remove constraint blog_sensor_uniq1 from model sensor
--
ALTER TABLE "blog_sensor" DROP CONSTRAINT "blog_sensor_uniq1";
COMMIT;
