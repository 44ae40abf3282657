BEGIN;
--
-- Alter field id on product
--
ALTER TABLE "fleet_product_t4" ALTER COLUMN "id" TYPE integer;
COMMENT ON COLUMN "fleet_product_t4"."id" IS '';
COMMIT;
