BEGIN;
--
-- Add field label to device
--
ALTER TABLE "blog_device_t9" ADD COLUMN "label" inet DEFAULT '127.0.0.1'::inet NOT NULL;
ALTER TABLE "blog_device_t9" ALTER COLUMN "label" DROP DEFAULT;
COMMIT;
