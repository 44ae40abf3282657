BEGIN;
--
-- Create index flee_coupon_17_idx on field(s) group of model coupon
--
DROP INDEX IF EXISTS "flee_coupon_17_idx";
COMMIT;
