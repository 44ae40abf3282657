BEGIN;
--
-- Set order_with_respect_to on warehouse to title
--
ALTER TABLE "library_warehouse" DROP COLUMN "_order" CASCADE;
COMMIT;
