BEGIN;
--
-- Add field token to product
--
ALTER TABLE "fleet_product" DROP COLUMN "token" CASCADE;
COMMIT;
