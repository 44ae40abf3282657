BEGIN;
--
-- Create model Coupon
--
DROP TABLE "blog_coupon" CASCADE;
COMMIT;
