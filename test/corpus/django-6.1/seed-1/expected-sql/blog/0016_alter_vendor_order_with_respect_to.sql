BEGIN;
--
-- Set order_with_respect_to on vendor to None
--
ALTER TABLE "blog_vendor_t11" DROP COLUMN "_order";
COMMIT;
