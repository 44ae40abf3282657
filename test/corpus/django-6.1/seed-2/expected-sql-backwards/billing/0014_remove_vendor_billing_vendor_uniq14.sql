BEGIN;
--
-- Remove constraint billing_vendor_uniq14 from model vendor
--
CREATE UNIQUE INDEX "billing_vendor_uniq14" ON "billing_vendor_t15" ((LOWER("count")));
COMMIT;
