BEGIN;
--
-- Create model Vendor
--
DROP TABLE "billing_vendor" CASCADE;
COMMIT;
