BEGIN;
--
-- Alter field token on region
--
SET CONSTRAINTS "blog_region_token_id_87e1ca32_fk_blog_coupon_region_ptr_id" IMMEDIATE; ALTER TABLE "blog_region" DROP CONSTRAINT "blog_region_token_id_87e1ca32_fk_blog_coupon_region_ptr_id";
ALTER TABLE "blog_region" ALTER COLUMN "token_id" DROP NOT NULL;
ALTER TABLE "blog_region" ADD CONSTRAINT "blog_region_token_id_87e1ca32_fk_blog_coupon_region_ptr_id" FOREIGN KEY ("token_id") REFERENCES "blog_coupon" ("region_ptr_id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
