BEGIN;
--
-- Add field user to warehouse
--
SET CONSTRAINTS "people_warehouse_t15_user_id_cf60fe62_fk_shop_recipe_id" IMMEDIATE; ALTER TABLE "people_warehouse_t15" DROP CONSTRAINT "people_warehouse_t15_user_id_cf60fe62_fk_shop_recipe_id";
ALTER TABLE "people_warehouse_t15" DROP COLUMN "user_id";
COMMIT;
