BEGIN;
--
-- Validate constraint billing_coupon_nv21 on model coupon
--
-- (no-op)
COMMIT;
