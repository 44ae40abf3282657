BEGIN;
--
-- Rename model Route to Batch
--
ALTER TABLE "events_batch" RENAME TO "events_route";
SET CONSTRAINTS "billing_order_group_id_039fa3a6_fk_events_batch_id" IMMEDIATE; ALTER TABLE "billing_order" DROP CONSTRAINT "billing_order_group_id_039fa3a6_fk_events_batch_id";
ALTER TABLE "billing_order" ADD CONSTRAINT "billing_order_group_id_039fa3a6_fk_events_route_id" FOREIGN KEY ("group_id") REFERENCES "events_route" ("id") DEFERRABLE INITIALLY DEFERRED;
SET CONSTRAINTS "events_author_type_id_433a06e8_fk_events_batch_id" IMMEDIATE; ALTER TABLE "events_author" DROP CONSTRAINT "events_author_type_id_433a06e8_fk_events_batch_id";
ALTER TABLE "events_author" ADD CONSTRAINT "events_author_type_id_433a06e8_fk_events_route_id" FOREIGN KEY ("type_id") REFERENCES "events_route" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
