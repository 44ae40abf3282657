BEGIN;
--
-- Set order_with_respect_to on product to select
--
ALTER TABLE "fleet_product" DROP COLUMN "_order" CASCADE;
COMMIT;
