BEGIN;
--
-- Create constraint blog_device_uniq17 on model device
--
ALTER TABLE "blog_device_t9" DROP CONSTRAINT "blog_device_uniq17";
COMMIT;
