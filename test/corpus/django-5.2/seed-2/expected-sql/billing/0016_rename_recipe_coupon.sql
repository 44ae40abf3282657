BEGIN;
--
-- Rename model Recipe to Coupon
--
ALTER TABLE "billing_recipe" RENAME TO "billing_coupon";
SET CONSTRAINTS "billing_phone_links_recipe_id_9e602789_fk_billing_recipe_id" IMMEDIATE; ALTER TABLE "billing_phone_links" DROP CONSTRAINT "billing_phone_links_recipe_id_9e602789_fk_billing_recipe_id";
ALTER TABLE "billing_phone_links" RENAME COLUMN "recipe_id" TO "coupon_id";
ALTER TABLE "billing_phone_links" ADD CONSTRAINT "billing_phone_links_coupon_id_3801f24b_fk_billing_coupon_id" FOREIGN KEY ("coupon_id") REFERENCES "billing_coupon" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
