BEGIN;
--
-- Create constraint blog_vendor_uniq36 on model vendor
--
CREATE UNIQUE INDEX "blog_vendor_uniq36" ON "blog_vendor_t26" ("Col_budget", "MixedCase_title") INCLUDE ("amount_id");
COMMIT;
