BEGIN;
--
-- Add field email to product
--
ALTER TABLE "catalog_product" ADD COLUMN "email_id" smallint DEFAULT 1 NOT NULL UNIQUE USING INDEX TABLESPACE "pg_default" CONSTRAINT "catalog_product_email_id_ad82236b_fk_catalog_payment_id" REFERENCES "catalog_payment"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "catalog_product_email_id_ad82236b_fk_catalog_payment_id" IMMEDIATE;
ALTER TABLE "catalog_product" ALTER COLUMN "email_id" DROP DEFAULT;
COMMIT;
