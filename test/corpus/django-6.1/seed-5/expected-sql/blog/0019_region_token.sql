BEGIN;
--
-- Add field token to region
--
ALTER TABLE "blog_region" ADD COLUMN "token_id" bigint NULL CONSTRAINT "blog_region_token_id_87e1ca32_fk_blog_coupon_region_ptr_id" REFERENCES "blog_coupon"("region_ptr_id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "blog_region_token_id_87e1ca32_fk_blog_coupon_region_ptr_id" IMMEDIATE;
COMMENT ON COLUMN "blog_region"."token_id" IS 'link to Coupon';
CREATE INDEX "blog_region_token_id_87e1ca32" ON "blog_region" ("token_id");
COMMIT;
