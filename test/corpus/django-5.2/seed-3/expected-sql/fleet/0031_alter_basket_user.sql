BEGIN;
--
-- Custom state/database change combination
--
SET CONSTRAINTS "fleet_basket_user_id_79244e1f_fk_fleet_basket_id" IMMEDIATE; ALTER TABLE "fleet_basket_t12" DROP CONSTRAINT "fleet_basket_user_id_79244e1f_fk_fleet_basket_id";
DROP INDEX IF EXISTS "fleet_basket_user_id_79244e1f";
ALTER TABLE "fleet_basket_t12" ADD CONSTRAINT "fleet_basket_t12_user_id_8e7dd874_uniq" UNIQUE ("user_id");
ALTER TABLE "fleet_basket_t12" ADD CONSTRAINT "fleet_basket_t12_user_id_8e7dd874_fk_fleet_basket_t12_id" FOREIGN KEY ("user_id") REFERENCES "fleet_basket_t12" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
