BEGIN;
--
-- Add field title to vendor
--
ALTER TABLE "blog_vendor_t26" ADD COLUMN "MixedCase_title" varchar(20) DEFAULT 'new' NULL;
ALTER TABLE "blog_vendor_t26" ALTER COLUMN "MixedCase_title" DROP DEFAULT;
COMMENT ON COLUMN "blog_vendor_t26"."MixedCase_title" IS 'It''s the amount';
COMMIT;
