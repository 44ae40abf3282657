BEGIN;
--
-- Remove constraint blog_sensor_uniq1 from model sensor
--
ALTER TABLE "blog_sensor" ADD CONSTRAINT "blog_sensor_uniq1" UNIQUE ("visible");
COMMIT;
