BEGIN;
--
-- Rename table for vendor to billing_vendor_t15
--
ALTER TABLE "billing_vendor" RENAME TO "billing_vendor_t15";
COMMIT;
