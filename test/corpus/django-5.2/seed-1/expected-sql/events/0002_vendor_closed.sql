BEGIN;
--
-- Add field closed to vendor
--
ALTER TABLE "events_vendor" ADD COLUMN "closed" boolean DEFAULT true NULL;
CREATE INDEX "events_vendor_closed_63b50061" ON "events_vendor" ("closed");
COMMIT;
