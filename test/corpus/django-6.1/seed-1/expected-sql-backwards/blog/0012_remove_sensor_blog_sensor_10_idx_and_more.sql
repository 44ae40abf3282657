BEGIN;
--
-- Remove index blog_vendor_12_idx from vendor
--
CREATE INDEX "blog_vendor_12_idx" ON "blog_vendor_t11" ("Col_budget", "amount_id", "payload");
--
-- Remove index blog_sensor_10_idx from sensor
--
CREATE INDEX "blog_sensor_10_idx" ON "blog_sensor" ("visible");
COMMIT;
