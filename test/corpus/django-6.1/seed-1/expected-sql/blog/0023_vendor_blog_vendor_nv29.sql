BEGIN;
--
-- Create not valid constraint blog_vendor_nv29 on model vendor
--
ALTER TABLE "blog_vendor_t26" ADD CONSTRAINT "blog_vendor_nv29" CHECK (("Col_budget" IN ('a', 'b', 'it''s') OR "payload" IN ('a', 'b', 'it''s'))) NOT VALID;
COMMIT;
