BEGIN;
--
-- Create constraint blog_sensor_uniq2 on model sensor
--
ALTER TABLE "blog_sensor" DROP CONSTRAINT "blog_sensor_uniq2";
COMMIT;
