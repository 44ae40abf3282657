BEGIN;
--
-- Add field due to device
--
ALTER TABLE "blog_device_t9" ADD COLUMN "Col_due" varchar(20) DEFAULT 'n/a' NOT NULL;
ALTER TABLE "blog_device_t9" ALTER COLUMN "Col_due" DROP DEFAULT;
COMMIT;
