BEGIN;
--
-- Create constraint blog_vendor_chk19 on model vendor
--
ALTER TABLE "blog_vendor_t11" ADD CONSTRAINT "blog_vendor_chk19" CHECK (("payload" = 'a' AND "Col_budget" = 'x_'));
COMMIT;
