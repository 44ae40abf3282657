BEGIN;
--
-- Alter field id on product
--
ALTER TABLE "fleet_product_t4" ALTER COLUMN "id" DROP IDENTITY IF EXISTS;
ALTER TABLE "fleet_product_t4" ALTER COLUMN "id" TYPE integer USING "id"::integer;
DROP SEQUENCE IF EXISTS "fleet_product_t4_id_seq" CASCADE;
COMMIT;
