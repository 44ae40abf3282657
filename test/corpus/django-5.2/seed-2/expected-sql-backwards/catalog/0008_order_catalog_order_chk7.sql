BEGIN;
--
-- Create constraint catalog_order_chk7 on model order
--
ALTER TABLE "catalog_order" DROP CONSTRAINT "catalog_order_chk7";
COMMIT;
