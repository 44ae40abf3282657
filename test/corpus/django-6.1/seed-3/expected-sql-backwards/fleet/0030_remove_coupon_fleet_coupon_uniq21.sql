BEGIN;
--
-- Remove constraint fleet_coupon_uniq21 from model coupon
--
CREATE UNIQUE INDEX "fleet_coupon_uniq21" ON "fleet_coupon" ("amount") WHERE "Col_email" < 0;
COMMIT;
