BEGIN;
--
-- Add field city to coupon
--
ALTER TABLE "fleet_coupon" ADD COLUMN "city_id" integer DEFAULT 1 NOT NULL CONSTRAINT "fleet_coupon_city_id_e34ed5fc_fk_library_v" REFERENCES "library_verylongmodelnameexercisingidentifiertruncation"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "fleet_coupon_city_id_e34ed5fc_fk_library_v" IMMEDIATE;
ALTER TABLE "fleet_coupon" ALTER COLUMN "city_id" DROP DEFAULT;
CREATE INDEX "fleet_coupon_city_id_e34ed5fc" ON "fleet_coupon" ("city_id");
COMMIT;
