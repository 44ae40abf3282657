BEGIN;
--
-- Create constraint blog_vendor_chk33 on model vendor
--
ALTER TABLE "blog_vendor_t26" ADD CONSTRAINT "blog_vendor_chk33" CHECK (("Col_budget"::text LIKE 'a%' AND "MixedCase_title"::text LIKE 'a%'));
COMMIT;
