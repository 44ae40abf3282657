BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "shop_product" DROP COLUMN "weight" CASCADE;
COMMIT;
