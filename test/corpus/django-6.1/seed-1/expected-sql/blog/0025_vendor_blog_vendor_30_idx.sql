BEGIN;
--
-- Create index blog_vendor_30_idx on field(s) amount of model vendor
--
CREATE INDEX "blog_vendor_30_idx" ON "blog_vendor_t26" ("amount_id");
COMMIT;
