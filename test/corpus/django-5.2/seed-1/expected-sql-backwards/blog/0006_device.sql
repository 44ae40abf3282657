BEGIN;
--
-- Create model Device
--
DROP TABLE "blog_device_t9" CASCADE;
COMMIT;
