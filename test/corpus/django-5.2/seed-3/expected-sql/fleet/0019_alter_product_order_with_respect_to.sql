BEGIN;
--
-- Set order_with_respect_to on product to select
--
ALTER TABLE "fleet_product" ADD COLUMN "_order" integer DEFAULT 0 NOT NULL;
ALTER TABLE "fleet_product" ALTER COLUMN "_order" DROP DEFAULT;
COMMIT;
