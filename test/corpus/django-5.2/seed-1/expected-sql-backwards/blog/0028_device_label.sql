BEGIN;
--
-- Add field label to device
--
ALTER TABLE "blog_device_t9" DROP COLUMN "label" CASCADE;
COMMIT;
