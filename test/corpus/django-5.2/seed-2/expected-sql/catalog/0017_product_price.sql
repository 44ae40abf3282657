BEGIN;
--
-- Add field price to product
--
ALTER TABLE "catalog_product" ADD COLUMN "price_id" smallint DEFAULT 1 NOT NULL CONSTRAINT "catalog_product_price_id_4a383e3a_fk_catalog_payment_id" REFERENCES "catalog_payment"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "catalog_product_price_id_4a383e3a_fk_catalog_payment_id" IMMEDIATE;
ALTER TABLE "catalog_product" ALTER COLUMN "price_id" DROP DEFAULT;
CREATE INDEX "catalog_product_price_id_4a383e3a" ON "catalog_product" ("price_id") TABLESPACE "pg_default";
COMMIT;
