BEGIN;
--
-- Create constraint billing_vendor_uniq19 on model vendor
--
ALTER TABLE "billing_vendor_t15" DROP CONSTRAINT "billing_vendor_uniq19";
COMMIT;
