BEGIN;
--
-- Remove index flee_coupon_17_idx from coupon
--
CREATE INDEX "flee_coupon_17_idx" ON "fleet_coupon" USING gin ("group");
COMMIT;
