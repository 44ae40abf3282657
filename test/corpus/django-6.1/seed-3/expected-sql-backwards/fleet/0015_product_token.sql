BEGIN;
--
-- Add field token to product
--
ALTER TABLE "fleet_product_t4" DROP COLUMN "token";
COMMIT;
