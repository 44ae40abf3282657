BEGIN;
--
-- Add field group to device
--
ALTER TABLE "blog_device_t9" ADD COLUMN "group" varchar(100) NULL;
COMMIT;
