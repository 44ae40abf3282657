BEGIN;
--
-- Add field website to payment
--
SET CONSTRAINTS "catalog_payment_website_id_c0140396_fk_catalog_member_code" IMMEDIATE; ALTER TABLE "catalog_payment" DROP CONSTRAINT "catalog_payment_website_id_c0140396_fk_catalog_member_code";
ALTER TABLE "catalog_payment" DROP COLUMN "website_id" CASCADE;
COMMIT;
