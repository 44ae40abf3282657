BEGIN;
--
-- Create index blog_sensor_10_idx on field(s) visible of model sensor
--
CREATE INDEX "blog_sensor_10_idx" ON "blog_sensor" ("visible");
COMMIT;
