BEGIN;
--
-- Alter unique_together for device (1 constraint(s))
--
ALTER TABLE "blog_device_t9" DROP CONSTRAINT "blog_device_t9_qty_id_extra_9712eed0_uniq";
--
-- Remove index blog_sensor_8_idx from member
--
CREATE INDEX "blog_sensor_8_idx" ON "blog_member_t23" ("select", "checksum");
COMMIT;
