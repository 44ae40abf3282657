BEGIN;
--
-- Custom state/database change combination
--
SET CONSTRAINTS "fleet_basket_t12_user_id_8e7dd874_fk_fleet_basket_t12_id" IMMEDIATE; ALTER TABLE "fleet_basket_t12" DROP CONSTRAINT "fleet_basket_t12_user_id_8e7dd874_fk_fleet_basket_t12_id";
ALTER TABLE "fleet_basket_t12" DROP CONSTRAINT "fleet_basket_t12_user_id_8e7dd874_uniq";
CREATE INDEX "fleet_basket_t12_user_id_8e7dd874" ON "fleet_basket_t12" ("user_id");
ALTER TABLE "fleet_basket_t12" ADD CONSTRAINT "fleet_basket_t12_user_id_8e7dd874_fk_fleet_basket_t12_id" FOREIGN KEY ("user_id") REFERENCES "fleet_basket_t12" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
