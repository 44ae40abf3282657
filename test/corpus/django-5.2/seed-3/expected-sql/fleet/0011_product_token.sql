BEGIN;
--
-- Add field token to product
--
ALTER TABLE "fleet_product" ADD COLUMN "token" varchar(100) GENERATED ALWAYS AS (LOWER("tags")) STORED;
COMMIT;
