BEGIN;
--
-- Create constraint blog_device_uniq17 on model device
--
ALTER TABLE "blog_device_t9" ADD CONSTRAINT "blog_device_uniq17" UNIQUE ("phone", "qty_id");
COMMIT;
