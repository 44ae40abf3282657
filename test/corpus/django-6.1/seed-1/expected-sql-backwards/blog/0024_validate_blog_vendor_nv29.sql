BEGIN;
--
-- Validate constraint blog_vendor_nv29 on model vendor
--
-- (no-op)
COMMIT;
