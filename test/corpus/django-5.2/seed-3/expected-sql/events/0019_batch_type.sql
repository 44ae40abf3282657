BEGIN;
--
-- Add field type to batch
--
ALTER TABLE "events_batch" ADD COLUMN "type_id" integer DEFAULT 1 NOT NULL UNIQUE CONSTRAINT "events_batch_type_id_f9ce5a20_fk_fleet_basket_t12_id" REFERENCES "fleet_basket_t12"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "events_batch_type_id_f9ce5a20_fk_fleet_basket_t12_id" IMMEDIATE;
ALTER TABLE "events_batch" ALTER COLUMN "type_id" DROP DEFAULT;
COMMENT ON COLUMN "events_batch"."type_id" IS 'link to Basket';
COMMIT;
