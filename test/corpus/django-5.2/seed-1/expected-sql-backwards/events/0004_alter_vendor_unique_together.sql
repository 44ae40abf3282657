BEGIN;
--
-- Alter unique_together for vendor (1 constraint(s))
--
ALTER TABLE "events_vendor" DROP CONSTRAINT "events_vendor_priority_id_summary_103ffc79_uniq";
COMMIT;
