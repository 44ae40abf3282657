BEGIN;
--
-- Remove constraint blog_sensor_chk17 from model sensor
--
ALTER TABLE "blog_sensor" DROP CONSTRAINT "blog_sensor_chk17";
COMMIT;
