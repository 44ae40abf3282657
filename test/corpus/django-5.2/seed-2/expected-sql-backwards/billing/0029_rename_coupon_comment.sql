BEGIN;
--
-- Rename model Coupon to Comment
--
ALTER TABLE "billing_comment" RENAME TO "billing_coupon";
COMMIT;
