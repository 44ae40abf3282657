BEGIN;
--
-- Add field group to device
--
ALTER TABLE "blog_device_t9" DROP COLUMN "group" CASCADE;
COMMIT;
