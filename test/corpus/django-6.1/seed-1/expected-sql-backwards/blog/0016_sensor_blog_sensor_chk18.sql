BEGIN;
--
-- Create constraint blog_sensor_chk18 on model sensor
--
ALTER TABLE "blog_sensor" DROP CONSTRAINT "blog_sensor_chk18";
COMMIT;
