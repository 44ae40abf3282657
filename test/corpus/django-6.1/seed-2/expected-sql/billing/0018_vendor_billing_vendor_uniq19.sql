BEGIN;
--
-- Create constraint billing_vendor_uniq19 on model vendor
--
ALTER TABLE "billing_vendor_t15" ADD CONSTRAINT "billing_vendor_uniq19" UNIQUE ("count");
COMMIT;
