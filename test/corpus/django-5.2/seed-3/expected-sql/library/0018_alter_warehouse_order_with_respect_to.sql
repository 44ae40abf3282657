BEGIN;
--
-- Set order_with_respect_to on warehouse to title
--
ALTER TABLE "library_warehouse" ADD COLUMN "_order" integer DEFAULT 0 NOT NULL;
ALTER TABLE "library_warehouse" ALTER COLUMN "_order" DROP DEFAULT;
COMMIT;
