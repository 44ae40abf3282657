BEGIN;
--
-- Rename model Coupon to Comment
--
ALTER TABLE "billing_coupon" RENAME TO "billing_comment";
COMMIT;
