BEGIN;
--
-- Create constraint blog_sensor_chk18 on model sensor
--
ALTER TABLE "blog_sensor" ADD CONSTRAINT "blog_sensor_chk18" CHECK (("uid" IS NOT NULL AND "weight" < '2024-02-29 23:59:59+00:00'::timestamptz));
COMMIT;
