BEGIN;
--
-- Alter field active on product
--
ALTER TABLE "fleet_product" DROP CONSTRAINT "fleet_product_amount_check";
ALTER TABLE "fleet_product" ALTER COLUMN "active" TYPE double precision USING "active"::double precision;
COMMIT;
