BEGIN;
--
-- Create constraint blog_vendor_uniq36 on model vendor
--
DROP INDEX IF EXISTS "blog_vendor_uniq36";
COMMIT;
