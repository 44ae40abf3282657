BEGIN;
--
-- Rename table for vendor to billing_vendor_t15
--
ALTER TABLE "billing_vendor_t15" RENAME TO "billing_vendor";
COMMIT;
