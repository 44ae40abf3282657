BEGIN;
--
-- Create index blog_sensor_8_idx on field(s) select, checksum of model sensor
--
CREATE INDEX "blog_sensor_8_idx" ON "blog_sensor" ("select", "checksum");
COMMIT;
