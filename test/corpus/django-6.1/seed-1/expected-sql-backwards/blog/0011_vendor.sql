BEGIN;
--
-- Create model Vendor
--
DROP TABLE "blog_vendor_t11" CASCADE;
COMMIT;
