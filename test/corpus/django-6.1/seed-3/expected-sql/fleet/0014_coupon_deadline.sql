BEGIN;
--
-- Add field deadline to coupon
--
ALTER TABLE "fleet_coupon" ADD COLUMN "deadline_id" integer DEFAULT 1 NOT NULL UNIQUE CONSTRAINT "fleet_coupon_deadline_id_b75e4f08_fk_events_shelf_id" REFERENCES "events_shelf"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "fleet_coupon_deadline_id_b75e4f08_fk_events_shelf_id" IMMEDIATE;
ALTER TABLE "fleet_coupon" ALTER COLUMN "deadline_id" DROP DEFAULT;
COMMIT;
