BEGIN;
--
-- Add field deadline to coupon
--
SET CONSTRAINTS "fleet_coupon_deadline_id_b75e4f08_fk_events_shelf_id" IMMEDIATE; ALTER TABLE "fleet_coupon" DROP CONSTRAINT "fleet_coupon_deadline_id_b75e4f08_fk_events_shelf_id";
ALTER TABLE "fleet_coupon" DROP COLUMN "deadline_id";
COMMIT;
