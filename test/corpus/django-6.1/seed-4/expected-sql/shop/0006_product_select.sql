BEGIN;
--
-- Add field select to product
--
ALTER TABLE "shop_product" ADD COLUMN "select" date DEFAULT '2024-01-02'::date NOT NULL;
ALTER TABLE "shop_product" ALTER COLUMN "select" DROP DEFAULT;
COMMIT;
