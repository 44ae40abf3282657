BEGIN;
--
-- Create constraint blog_vendor_chk19 on model vendor
--
ALTER TABLE "blog_vendor_t11" DROP CONSTRAINT "blog_vendor_chk19";
COMMIT;
