BEGIN;
--
-- Create index blog_vendor_30_idx on field(s) amount of model vendor
--
DROP INDEX IF EXISTS "blog_vendor_30_idx";
COMMIT;
