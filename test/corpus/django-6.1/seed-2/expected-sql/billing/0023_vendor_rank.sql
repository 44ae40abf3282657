BEGIN;
--
-- Add field rank to vendor
--
ALTER TABLE "billing_vendor_t15" ADD COLUMN "rank_id" smallint DEFAULT 1 NOT NULL CONSTRAINT "billing_vendor_t15_rank_id_9305b14c_fk_events_ticket_id" REFERENCES "events_ticket"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "billing_vendor_t15_rank_id_9305b14c_fk_events_ticket_id" IMMEDIATE;
ALTER TABLE "billing_vendor_t15" ALTER COLUMN "rank_id" DROP DEFAULT;
CREATE INDEX "billing_vendor_t15_rank_id_9305b14c" ON "billing_vendor_t15" ("rank_id");
COMMIT;
