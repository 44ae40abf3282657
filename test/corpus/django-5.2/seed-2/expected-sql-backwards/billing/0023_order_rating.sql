BEGIN;
--
-- Add field rating to order
--
SET CONSTRAINTS "billing_order_rating_id_2396448c_fk_catalog_product_id" IMMEDIATE; ALTER TABLE "billing_order" DROP CONSTRAINT "billing_order_rating_id_2396448c_fk_catalog_product_id";
ALTER TABLE "billing_order" DROP COLUMN "rating_id" CASCADE;
COMMIT;
