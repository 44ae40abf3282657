BEGIN;
--
-- Add field rank to vendor
--
SET CONSTRAINTS "billing_vendor_t15_rank_id_9305b14c_fk_events_ticket_id" IMMEDIATE; ALTER TABLE "billing_vendor_t15" DROP CONSTRAINT "billing_vendor_t15_rank_id_9305b14c_fk_events_ticket_id";
ALTER TABLE "billing_vendor_t15" DROP COLUMN "rank_id";
COMMIT;
