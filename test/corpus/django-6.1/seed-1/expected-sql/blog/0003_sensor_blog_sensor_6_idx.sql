BEGIN;
--
-- Create index blog_sensor_6_idx on field(s) checksum of model sensor
--
CREATE INDEX "blog_sensor_6_idx" ON "blog_sensor" USING gin ("checksum");
COMMIT;
