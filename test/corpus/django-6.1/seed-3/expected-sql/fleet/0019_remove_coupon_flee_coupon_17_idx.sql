BEGIN;
--
-- Remove index flee_coupon_17_idx from coupon
--
DROP INDEX IF EXISTS "flee_coupon_17_idx";
COMMIT;
