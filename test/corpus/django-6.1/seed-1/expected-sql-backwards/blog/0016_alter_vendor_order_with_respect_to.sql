BEGIN;
--
-- Set order_with_respect_to on vendor to None
--
ALTER TABLE "blog_vendor_t11" ADD COLUMN "_order" integer DEFAULT 0 NOT NULL;
ALTER TABLE "blog_vendor_t11" ALTER COLUMN "_order" DROP DEFAULT;
COMMIT;
