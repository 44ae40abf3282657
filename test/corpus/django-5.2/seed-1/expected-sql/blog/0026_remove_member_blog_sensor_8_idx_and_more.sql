BEGIN;
--
-- Remove index blog_sensor_8_idx from member
--
DROP INDEX IF EXISTS "blog_sensor_8_idx";
--
-- Alter unique_together for device (1 constraint(s))
--
ALTER TABLE "blog_device_t9" ADD CONSTRAINT "blog_device_t9_qty_id_extra_9712eed0_uniq" UNIQUE ("qty_id", "extra");
COMMIT;
