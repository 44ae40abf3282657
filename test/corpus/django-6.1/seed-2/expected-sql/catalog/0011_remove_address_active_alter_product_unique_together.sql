BEGIN;
--
-- Remove field active from address
--
ALTER TABLE "catalog_address" DROP COLUMN "active";
--
-- Alter unique_together for product (1 constraint(s))
--
ALTER TABLE "catalog_product" ADD CONSTRAINT "catalog_product_active_closed_ca8b164c_uniq" UNIQUE ("active", "closed");
COMMIT;
