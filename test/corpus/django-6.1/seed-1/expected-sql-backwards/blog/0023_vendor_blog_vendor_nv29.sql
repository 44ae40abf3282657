BEGIN;
--
-- Create not valid constraint blog_vendor_nv29 on model vendor
--
ALTER TABLE "blog_vendor_t26" DROP CONSTRAINT "blog_vendor_nv29";
COMMIT;
