BEGIN;
--
-- Rename model Recipe to Coupon
--
ALTER TABLE "billing_coupon" RENAME TO "billing_recipe";
SET CONSTRAINTS "billing_phone_links_coupon_id_3801f24b_fk_billing_coupon_id" IMMEDIATE; ALTER TABLE "billing_phone_links" DROP CONSTRAINT "billing_phone_links_coupon_id_3801f24b_fk_billing_coupon_id";
ALTER TABLE "billing_phone_links" RENAME COLUMN "coupon_id" TO "recipe_id";
ALTER TABLE "billing_phone_links" ADD CONSTRAINT "billing_phone_links_recipe_id_9e602789_fk_billing_recipe_id" FOREIGN KEY ("recipe_id") REFERENCES "billing_recipe" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
