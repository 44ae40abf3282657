BEGIN;
--
-- Remove index flee_product_7_idx from product
--
DROP INDEX IF EXISTS "flee_product_7_idx";
--
-- Remove field active from product
--
ALTER TABLE "fleet_product_t4" DROP COLUMN "active";
COMMIT;
