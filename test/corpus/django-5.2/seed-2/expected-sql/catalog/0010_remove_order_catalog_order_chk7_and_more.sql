BEGIN;
--
-- Remove constraint catalog_order_chk7 from model order
--
ALTER TABLE "catalog_order" DROP CONSTRAINT "catalog_order_chk7";
--
-- Rename field budget on order to attachment
--
ALTER TABLE "catalog_order" RENAME COLUMN "budget" TO "attachment";
--
-- Create constraint catalog_order_chk7 on model order
--
ALTER TABLE "catalog_order" ADD CONSTRAINT "catalog_order_chk7" CHECK (NOT ("attachment" AND "attachment" IS NOT NULL));
COMMIT;
