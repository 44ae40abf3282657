BEGIN;
--
-- Create model Product
--
DROP TABLE "crm_product_t30" CASCADE;
COMMIT;
