BEGIN;
--
-- Create model Coupon
--
DROP TABLE "events_coupon" CASCADE;
COMMIT;
