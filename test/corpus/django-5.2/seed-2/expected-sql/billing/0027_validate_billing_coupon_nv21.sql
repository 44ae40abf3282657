BEGIN;
--
-- Validate constraint billing_coupon_nv21 on model coupon
--
ALTER TABLE "billing_coupon" VALIDATE CONSTRAINT "billing_coupon_nv21";
COMMIT;
