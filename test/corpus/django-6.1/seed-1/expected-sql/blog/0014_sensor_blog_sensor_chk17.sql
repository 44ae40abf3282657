BEGIN;
--
-- Create constraint blog_sensor_chk17 on model sensor
--
ALTER TABLE "blog_sensor" ADD CONSTRAINT "blog_sensor_chk17" CHECK (("label" IS NOT NULL AND "uid" >= '2023-05-17'::date));
COMMIT;
