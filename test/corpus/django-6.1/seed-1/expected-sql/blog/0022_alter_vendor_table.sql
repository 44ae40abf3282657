BEGIN;
--
-- Rename table for vendor to blog_vendor_t26
--
ALTER TABLE "blog_vendor_t11" RENAME TO "blog_vendor_t26";
COMMIT;
