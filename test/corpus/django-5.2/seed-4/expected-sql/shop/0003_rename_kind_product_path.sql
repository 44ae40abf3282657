BEGIN;
--
-- Rename field kind on product to path
--
ALTER TABLE "shop_product" RENAME COLUMN "kind" TO "path";
COMMIT;
