BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "shop_product" ADD COLUMN "weight" integer DEFAULT  -7 NOT NULL;
COMMIT;
