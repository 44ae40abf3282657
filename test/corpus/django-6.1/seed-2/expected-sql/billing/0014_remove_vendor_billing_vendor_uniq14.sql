BEGIN;
--
-- Remove constraint billing_vendor_uniq14 from model vendor
--
DROP INDEX IF EXISTS "billing_vendor_uniq14";
COMMIT;
