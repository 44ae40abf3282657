BEGIN;
--
-- Create constraint blog_vendor_chk33 on model vendor
--
ALTER TABLE "blog_vendor_t26" DROP CONSTRAINT "blog_vendor_chk33";
COMMIT;
