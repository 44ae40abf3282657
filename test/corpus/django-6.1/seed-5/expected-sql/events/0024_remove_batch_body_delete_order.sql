BEGIN;
--
-- Remove field body from batch
--
SET CONSTRAINTS "events_batch_body_id_d40af824_fk_events_order_id" IMMEDIATE; ALTER TABLE "events_batch" DROP CONSTRAINT "events_batch_body_id_d40af824_fk_events_order_id";
ALTER TABLE "events_batch" DROP COLUMN "body_id";
--
-- Delete model Order
--
DROP TABLE "events_order" CASCADE;
COMMIT;
