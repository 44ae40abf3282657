BEGIN;
--
-- Add field priority to vendor
--
SET CONSTRAINTS "events_vendor_priority_id_e717ef7d_fk_blog_sensor_code" IMMEDIATE; ALTER TABLE "events_vendor" DROP CONSTRAINT "events_vendor_priority_id_e717ef7d_fk_blog_sensor_code";
ALTER TABLE "events_vendor" DROP COLUMN "priority_id" CASCADE;
COMMIT;
