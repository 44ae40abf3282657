BEGIN;
--
-- Alter station table comment
--
COMMENT ON TABLE "billing_station_t10" IS 'Don''t touch v19';
--
-- Remove field phone from coupon
--
DROP TABLE "billing_phone_links" CASCADE;
--
-- Alter field an_extraordinarily_long_descriptive_column_name on coupon
--
SET CONSTRAINTS "billing_coupon_an_extraordinarily_l_5dadb9d5_fk_billing_c" IMMEDIATE; ALTER TABLE "billing_coupon" DROP CONSTRAINT "billing_coupon_an_extraordinarily_l_5dadb9d5_fk_billing_c";
DROP INDEX IF EXISTS "billing_recipe_an_extraordinarily_long_de_435b7a89";
ALTER TABLE "billing_coupon" ADD CONSTRAINT "billing_coupon_an_extraordinarily_l_5dadb9d5_fk_billing_c" FOREIGN KEY ("an_extraordinarily_long_descriptive_column_name_id") REFERENCES "billing_coupon" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
