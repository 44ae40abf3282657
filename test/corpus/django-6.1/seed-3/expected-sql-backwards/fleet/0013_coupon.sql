BEGIN;
--
-- Create model Coupon
--
DROP TABLE "fleet_coupon" CASCADE;
COMMIT;
