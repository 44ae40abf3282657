BEGIN;
--
-- Add field title to vendor
--
ALTER TABLE "blog_vendor_t26" DROP COLUMN "MixedCase_title";
COMMIT;
