BEGIN;
--
-- Add field token to region
--
SET CONSTRAINTS "blog_region_token_id_87e1ca32_fk_blog_coupon_region_ptr_id" IMMEDIATE; ALTER TABLE "blog_region" DROP CONSTRAINT "blog_region_token_id_87e1ca32_fk_blog_coupon_region_ptr_id";
ALTER TABLE "blog_region" DROP COLUMN "token_id";
COMMIT;
