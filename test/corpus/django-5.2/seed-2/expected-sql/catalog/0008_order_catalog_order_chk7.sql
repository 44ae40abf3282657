BEGIN;
--
-- Create constraint catalog_order_chk7 on model order
--
ALTER TABLE "catalog_order" ADD CONSTRAINT "catalog_order_chk7" CHECK (NOT ("budget" AND "budget" IS NOT NULL));
COMMIT;
