BEGIN;
--
-- Alter field body on batch
--
SET CONSTRAINTS "events_batch_body_id_d40af824_fk_events_order_id" IMMEDIATE; ALTER TABLE "events_batch" DROP CONSTRAINT "events_batch_body_id_d40af824_fk_events_order_id";
DROP INDEX IF EXISTS "events_batch_body_id_d40af824";
ALTER TABLE "events_batch" ADD CONSTRAINT "events_batch_body_id_d40af824_uniq" UNIQUE ("body_id");
ALTER TABLE "events_batch" ADD CONSTRAINT "events_batch_body_id_d40af824_fk_events_order_id" FOREIGN KEY ("body_id") REFERENCES "events_order" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
