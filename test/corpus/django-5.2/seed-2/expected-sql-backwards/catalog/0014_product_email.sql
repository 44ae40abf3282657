BEGIN;
--
-- Add field email to product
--
SET CONSTRAINTS "catalog_product_email_id_ad82236b_fk_catalog_payment_id" IMMEDIATE; ALTER TABLE "catalog_product" DROP CONSTRAINT "catalog_product_email_id_ad82236b_fk_catalog_payment_id";
ALTER TABLE "catalog_product" DROP COLUMN "email_id" CASCADE;
COMMIT;
