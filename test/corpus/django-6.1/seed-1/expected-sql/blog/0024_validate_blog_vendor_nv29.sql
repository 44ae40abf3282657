BEGIN;
--
-- Validate constraint blog_vendor_nv29 on model vendor
--
ALTER TABLE "blog_vendor_t26" VALIDATE CONSTRAINT "blog_vendor_nv29";
COMMIT;
