BEGIN;
--
-- Create constraint blog_sensor_uniq2 on model sensor
--
ALTER TABLE "blog_sensor" ADD CONSTRAINT "blog_sensor_uniq2" UNIQUE ("checksum", "MixedCase_level");
COMMIT;
