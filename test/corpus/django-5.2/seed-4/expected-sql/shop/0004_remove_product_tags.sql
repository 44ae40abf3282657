BEGIN;
--
-- Remove field tags from product
--
ALTER TABLE "shop_product" DROP COLUMN "tags" CASCADE;
COMMIT;
