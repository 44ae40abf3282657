BEGIN;
--
-- Add field token to product
--
ALTER TABLE "fleet_product_t4" ADD COLUMN "token" bigint GENERATED ALWAYS AS (("created" + 1)) STORED;
COMMIT;
