BEGIN;
--
-- Alter unique_together for product (1 constraint(s))
--
ALTER TABLE "catalog_product" DROP CONSTRAINT "catalog_product_active_closed_ca8b164c_uniq";
--
-- Remove field active from address
--
ALTER TABLE "catalog_address" ADD COLUMN "active" varchar(200) NULL UNIQUE;
CREATE INDEX "catalog_address_active_1a4b277b_like" ON "catalog_address" ("active" varchar_pattern_ops);
COMMIT;
