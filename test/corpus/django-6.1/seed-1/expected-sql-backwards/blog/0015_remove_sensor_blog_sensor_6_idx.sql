BEGIN;
--
-- Remove index blog_sensor_6_idx from sensor
--
CREATE INDEX "blog_sensor_6_idx" ON "blog_sensor" USING gin ("label");
COMMIT;
