BEGIN;
--
-- Alter unique_together for vendor (1 constraint(s))
--
ALTER TABLE "events_vendor" ADD CONSTRAINT "events_vendor_priority_id_summary_103ffc79_uniq" UNIQUE ("priority_id", "summary");
COMMIT;
