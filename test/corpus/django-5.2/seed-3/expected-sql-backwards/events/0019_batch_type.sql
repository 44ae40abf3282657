BEGIN;
--
-- Add field type to batch
--
SET CONSTRAINTS "events_batch_type_id_f9ce5a20_fk_fleet_basket_t12_id" IMMEDIATE; ALTER TABLE "events_batch" DROP CONSTRAINT "events_batch_type_id_f9ce5a20_fk_fleet_basket_t12_id";
ALTER TABLE "events_batch" DROP COLUMN "type_id" CASCADE;
COMMIT;
