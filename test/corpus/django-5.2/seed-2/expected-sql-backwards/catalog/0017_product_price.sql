BEGIN;
--
-- Add field price to product
--
SET CONSTRAINTS "catalog_product_price_id_4a383e3a_fk_catalog_payment_id" IMMEDIATE; ALTER TABLE "catalog_product" DROP CONSTRAINT "catalog_product_price_id_4a383e3a_fk_catalog_payment_id";
ALTER TABLE "catalog_product" DROP COLUMN "price_id" CASCADE;
COMMIT;
