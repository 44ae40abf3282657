BEGIN;
--
-- Alter field active on product
--
ALTER TABLE "fleet_product" ALTER COLUMN "active" TYPE integer USING "active"::integer;
ALTER TABLE "fleet_product" ADD CONSTRAINT "fleet_product_active_426c73e9_check" CHECK ("active" >= 0);
COMMIT;
