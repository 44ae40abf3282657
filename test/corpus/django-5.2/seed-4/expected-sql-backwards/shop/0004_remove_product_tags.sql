BEGIN;
--
-- Remove field tags from product
--
ALTER TABLE "shop_product" ADD COLUMN "tags" integer DEFAULT 5 NULL;
ALTER TABLE "shop_product" ALTER COLUMN "tags" DROP DEFAULT;
COMMIT;
