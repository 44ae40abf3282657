BEGIN;
--
-- Create model Coupon
--
CREATE TABLE "blog_coupon" ("region_ptr_id" bigint NOT NULL PRIMARY KEY, "limit" jsonb NOT NULL);
ALTER TABLE "blog_coupon" ADD CONSTRAINT "blog_coupon_region_ptr_id_ebc624d7_fk_blog_region_id" FOREIGN KEY ("region_ptr_id") REFERENCES "blog_region" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
