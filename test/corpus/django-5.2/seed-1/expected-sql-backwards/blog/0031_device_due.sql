BEGIN;
--
-- Add field due to device
--
ALTER TABLE "blog_device_t9" DROP COLUMN "Col_due" CASCADE;
COMMIT;
