BEGIN;
--
-- Add field priority to vendor
--
ALTER TABLE "events_vendor" ADD COLUMN "priority_id" bigint DEFAULT 1 NOT NULL CONSTRAINT "events_vendor_priority_id_e717ef7d_fk_blog_sensor_code" REFERENCES "blog_sensor"("code") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "events_vendor_priority_id_e717ef7d_fk_blog_sensor_code" IMMEDIATE;
ALTER TABLE "events_vendor" ALTER COLUMN "priority_id" DROP DEFAULT;
CREATE INDEX "events_vendor_priority_id_e717ef7d" ON "events_vendor" ("priority_id");
COMMIT;
