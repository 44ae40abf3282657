BEGIN;
--
-- Add field user to warehouse
--
ALTER TABLE "people_warehouse_t15" ADD COLUMN "user_id" integer DEFAULT 1 NOT NULL CONSTRAINT "people_warehouse_t15_user_id_cf60fe62_fk_shop_recipe_id" REFERENCES "shop_recipe"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "people_warehouse_t15_user_id_cf60fe62_fk_shop_recipe_id" IMMEDIATE;
ALTER TABLE "people_warehouse_t15" ALTER COLUMN "user_id" DROP DEFAULT;
CREATE INDEX "people_warehouse_t15_user_id_cf60fe62" ON "people_warehouse_t15" ("user_id");
COMMIT;
