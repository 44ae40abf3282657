BEGIN;
--
-- Add field rating to order
--
ALTER TABLE "billing_order" ADD COLUMN "rating_id" smallint DEFAULT 1 NOT NULL CONSTRAINT "billing_order_rating_id_2396448c_fk_catalog_product_id" REFERENCES "catalog_product"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "billing_order_rating_id_2396448c_fk_catalog_product_id" IMMEDIATE;
ALTER TABLE "billing_order" ALTER COLUMN "rating_id" DROP DEFAULT;
CREATE INDEX "billing_order_rating_id_2396448c" ON "billing_order" ("rating_id");
COMMIT;
